using Microsoft.VisualStudio.TestTools.UnitTesting;

// Each class starts a sandbox of its own, and the browser tests share one Chromium; two cores gain nothing from
// running them side by side, and a moving clock in one class must not be seen by another.
[assembly: DoNotParallelize]
