using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dataverse.LeadHandover.InMemory.Store.Persistence;
using Dataverse.LeadHandover.Sandbox.Organization;
using Dataverse.LeadHandover.Sandbox.Teams;

namespace Dataverse.LeadHandover.Sandbox.Persistence;

/// <summary>Reads and writes <see cref="SandboxState"/> as one JSON file (by default <c>.sandbox/state.json</c>, git-ignored).</summary>
internal static class SandboxStateFile
{
    public static void Save(string path, SandboxState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

        // Written beside the file and moved over it, so a crash mid-write never leaves half a state behind.
        var temporary = path + ".saving";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", SandboxState.Format);
            writer.WriteString("clock", state.Clock);
            writer.WriteString("systemUserId", state.SystemUserId);
            writer.WriteString("rootBusinessUnitId", state.RootBusinessUnitId);
            writer.WriteStartObject("users");
            writer.WriteString("marketing", state.Users.MarketingUserId);
            writer.WriteString("apiClient", state.Users.ApiClientUserId);
            writer.WriteString("functionsApp", state.Users.FunctionsAppUserId);
            writer.WriteEndObject();
            writer.WriteString("linkSigningKey", state.LinkSigningKey);
            writer.WriteStartArray("teamsPosts");
            foreach (var post in state.TeamsPosts)
            {
                writer.WriteStartObject();
                writer.WriteString("id", post.Id);
                writer.WriteString("receivedOn", post.ReceivedOn);
                writer.WriteStartArray("mentionedIds");
                foreach (var mentioned in post.MentionedIds)
                {
                    writer.WriteStringValue(mentioned);
                }

                writer.WriteEndArray();
                writer.WriteString("card", post.CardJson);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("rows");
            StoreRowsJson.Write(writer, state.Rows);
            writer.WriteEndObject();
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The saved state, or null when there is no file.</summary>
    /// <exception cref="InvalidDataException">The file is from another format version or unreadable; start with --reset.</exception>
    public static SandboxState? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("format").GetInt32() != SandboxState.Format)
            {
                throw new InvalidDataException(path + " was saved by another version of the sandbox; start with --reset to begin again.");
            }

            var users = root.GetProperty("users");
            return new SandboxState(
                root.GetProperty("clock").GetDateTimeOffset(),
                root.GetProperty("systemUserId").GetGuid(),
                root.GetProperty("rootBusinessUnitId").GetGuid(),
                new SandboxUsers(users.GetProperty("marketing").GetGuid(), users.GetProperty("apiClient").GetGuid(), users.GetProperty("functionsApp").GetGuid()),
                root.GetProperty("linkSigningKey").GetString()!,
                Posts(root.GetProperty("teamsPosts")),
                StoreRowsJson.Read(root.GetProperty("rows")));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException(path + " cannot be read (" + exception.Message + "); start with --reset to begin again.", exception);
        }
    }

    private static List<TeamsPost> Posts(JsonElement posts) =>
        posts.EnumerateArray().Select(post => new TeamsPost(
            post.GetProperty("id").GetGuid(),
            post.GetProperty("receivedOn").GetDateTimeOffset(),
            post.GetProperty("mentionedIds").EnumerateArray().Select(mentioned => mentioned.GetString()!).ToList(),
            post.GetProperty("card").GetString()!)).ToList();
}
