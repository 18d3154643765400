using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Dataverse.LeadHandover.Domain.Schema;

namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>The classes of <c>Domain/Schema</c>, found by reflection so a new class is checked without a new test.</summary>
internal static class DomainSchema
{
    private static IEnumerable<Type> SchemaTypes =>
        typeof(LeadSchema).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(LeadSchema).Namespace && t.IsClass && t.IsAbstract && t.IsSealed)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>Classes with an <c>EntityName</c> constant: one per table.</summary>
    public static IReadOnlyList<Type> TableClasses => SchemaTypes.Where(t => Field(t, "EntityName") is not null).ToList();

    /// <summary>Classes with an <c>OptionSetName</c> constant: one per global choice.</summary>
    public static IReadOnlyList<Type> ChoiceClasses => SchemaTypes.Where(t => Field(t, "OptionSetName") is not null).ToList();

    /// <summary>Classes with a <c>UniqueName</c> constant: one per custom API.</summary>
    public static IReadOnlyList<Type> CustomApiClasses => SchemaTypes.Where(t => Field(t, "UniqueName") is not null).ToList();

    /// <summary>String constants of <paramref name="type"/>.</summary>
    public static IReadOnlyList<SchemaConstant> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => new SchemaConstant(type.Name, f.Name, (string)f.GetRawConstantValue()!))
            .ToList();

    /// <summary>Integer constants of <paramref name="type"/> (choice values).</summary>
    public static IReadOnlyList<(string Name, int Value)> IntegersOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(int))
            .Select(f => (f.Name, Convert.ToInt32(f.GetRawConstantValue(), CultureInfo.InvariantCulture)))
            .ToList();

    public static string StringConstant(Type type, string name) => (string)Field(type, name)!.GetRawConstantValue()!;

    private static FieldInfo? Field(Type type, string name) => type.GetField(name, BindingFlags.Public | BindingFlags.Static);
}
