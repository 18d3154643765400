using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;

namespace Dataverse.LeadHandover.Compat.Tests.Surface;

/// <summary>
/// Renders a type's declared public surface in the line format of Microsoft's API listings
/// (<c>Type | member</c>), so the stand-ins can be compared with the real assemblies line by line.
/// </summary>
internal static class PublicSurfaceFormatter
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "System.Void",
    };

    /// <summary>The part of a listing's <c>(type)</c> line before the colon, e.g. <c>public sealed class</c>.</summary>
    public static string TypeHeader(Type type)
    {
        if (type.IsEnum)
        {
            return "public enum";
        }

        if (type.IsInterface)
        {
            return "public interface";
        }

        var modifier = type.IsAbstract && type.IsSealed ? " static" : type.IsAbstract ? " abstract" : type.IsSealed ? " sealed" : string.Empty;
        return "public" + modifier + " class";
    }

    /// <summary>The contract attribute as the listings print it, or an empty string.</summary>
    public static string ContractAttribute(Type type)
    {
        if (type.GetCustomAttribute<DataContractAttribute>(false) is { } contract)
        {
            return "[DataContract(" + ContractArguments(contract.IsNameSetExplicitly, contract.Name, contract.Namespace) + ")]";
        }

        if (type.GetCustomAttribute<CollectionDataContractAttribute>(false) is { } collection)
        {
            return "[CollectionDataContract(" + ContractArguments(collection.IsNameSetExplicitly, collection.Name, collection.Namespace) + ")]";
        }

        return string.Empty;
    }

    public static IReadOnlyList<string> MemberLines(Type type)
    {
        var prefix = TypeName(type) + " | ";
        var lines = new List<string>();
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
                lines.Add(prefix + field.Name + " = " + value.ToString(CultureInfo.InvariantCulture) + Attributes(field));
            }

            return lines;
        }

        foreach (var constructor in type.GetConstructors(Declared).Where(c => IsVisible(c) && !c.IsStatic))
        {
            lines.Add(prefix + Visibility(constructor) + " .ctor(" + Parameters(constructor.GetParameters()) + ")");
        }

        foreach (var method in type.GetMethods(Declared).Where(m => IsVisible(m) && !m.IsSpecialName))
        {
            lines.Add(prefix + Method(method, type.IsInterface));
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var line = Property(property, type.IsInterface);
            if (line != null)
            {
                lines.Add(prefix + line + Attributes(property));
            }
        }

        foreach (var field in type.GetFields(Declared).Where(f => IsVisible(f)))
        {
            lines.Add(prefix + Field(field));
        }

        return lines;
    }

    public static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        var name = type.Namespace + "." + StripArity(type.Name);
        if (!type.IsGenericType)
        {
            return name;
        }

        return name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
    }

    private static string Method(MethodInfo method, bool onInterface)
    {
        var text = new StringBuilder(Visibility(method));
        if (method.IsStatic)
        {
            text.Append(" static");
        }
        else if (!onInterface)
        {
            text.Append(Virtuality(method));
        }

        text.Append(' ').Append(TypeName(method.ReturnType)).Append(' ').Append(method.Name);
        if (method.IsGenericMethodDefinition)
        {
            text.Append('<').Append(string.Join(", ", method.GetGenericArguments().Select(a => a.Name))).Append('>');
        }

        // Extension methods are listed with "this" on their first parameter.
        var extension = method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false) ? "this " : string.Empty;
        text.Append('(').Append(extension).Append(Parameters(method.GetParameters())).Append(')');
        if (method.IsGenericMethodDefinition)
        {
            foreach (var argument in method.GetGenericArguments())
            {
                var constraints = argument.GetGenericParameterConstraints();
                if (constraints.Length > 0)
                {
                    text.Append(" where ").Append(argument.Name).Append(" : ")
                        .Append(string.Join(", ", constraints.Select(TypeName)));
                }
            }
        }

        return text.ToString();
    }

    private static string? Property(PropertyInfo property, bool onInterface)
    {
        var getter = property.GetMethod is { } get && IsVisible(get) ? get : null;
        var setter = property.SetMethod is { } set && IsVisible(set) ? set : null;
        var accessor = getter ?? setter;
        if (accessor == null)
        {
            return null;
        }

        var text = new StringBuilder(Visibility(accessor));
        if (accessor.IsStatic)
        {
            text.Append(" static");
        }
        else if (!onInterface)
        {
            text.Append(Virtuality(accessor));
        }

        text.Append(' ').Append(TypeName(property.PropertyType)).Append(' ');
        var index = property.GetIndexParameters();
        text.Append(index.Length == 0 ? property.Name : "this[" + Parameters(index) + "]");
        text.Append(" {");
        if (getter != null)
        {
            text.Append(" get;");
        }

        if (setter != null)
        {
            text.Append(" set;");
        }

        return text.Append(" }").ToString();
    }

    private static string Field(FieldInfo field)
    {
        var text = new StringBuilder(Visibility(field));
        if (field.IsLiteral)
        {
            return text.Append(" const ").Append(TypeName(field.FieldType)).Append(' ').Append(field.Name).ToString();
        }

        if (field.IsStatic)
        {
            text.Append(" static");
        }

        if (field.IsInitOnly)
        {
            text.Append(" readonly");
        }

        return text.Append(' ').Append(TypeName(field.FieldType)).Append(' ').Append(field.Name).ToString();
    }

    private static string Parameters(ParameterInfo[] parameters)
    {
        return string.Join(", ", parameters.Select(p =>
        {
            var prefix = p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty;
            return prefix + TypeName(p.ParameterType) + " " + p.Name + DefaultValue(p);
        }));
    }

    // The listing's spelling of optional parameters: "= null", "= true", "= 0" (enums by number), "= \"text\"",
    // and "= default" for a struct's default.
    private static string DefaultValue(ParameterInfo parameter)
    {
        if (!parameter.HasDefaultValue)
        {
            return string.Empty;
        }

        return " = " + parameter.DefaultValue switch
        {
            null when parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) == null => "default",
            null => "null",
            bool flag => flag ? "true" : "false",
            string text => "\"" + text + "\"",
            Enum value => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }

    private static string Virtuality(MethodBase method)
    {
        if (method.IsAbstract)
        {
            return " abstract";
        }

        if (!method.IsVirtual || method.IsFinal)
        {
            return string.Empty;
        }

        return method is MethodInfo info && info.GetBaseDefinition().DeclaringType != info.DeclaringType ? " override" : " virtual";
    }

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Visibility(MethodBase method)
    {
        return method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";
    }

    private static string Visibility(FieldInfo field)
    {
        return field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected";
    }

    private static string Attributes(MemberInfo member)
    {
        if (member.GetCustomAttribute<EnumMemberAttribute>() != null)
        {
            return "  [EnumMember]";
        }

        var dataMember = member.GetCustomAttribute<DataMemberAttribute>();
        if (dataMember == null)
        {
            return string.Empty;
        }

        var arguments = new List<string>();
        if (!dataMember.EmitDefaultValue)
        {
            arguments.Add("EmitDefaultValue=false");
        }

        if (dataMember.IsRequired)
        {
            arguments.Add("IsRequired=true");
        }
        else if (member.CustomAttributes.Any(a => a.AttributeType == typeof(DataMemberAttribute)
            && a.NamedArguments.Any(n => n.MemberName == nameof(DataMemberAttribute.IsRequired))))
        {
            arguments.Add("IsRequired=false");
        }

        if (dataMember.Order >= 0)
        {
            arguments.Add("Order=" + dataMember.Order.ToString(CultureInfo.InvariantCulture));
        }

        return arguments.Count == 0 ? "  [DataMember]" : "  [DataMember(" + string.Join(", ", arguments) + ")]";
    }

    private static string ContractArguments(bool hasName, string? name, string? contractNamespace)
    {
        var arguments = new List<string>();
        if (hasName)
        {
            arguments.Add("Name=\"" + name + "\"");
        }

        if (contractNamespace != null)
        {
            arguments.Add("Namespace=\"" + contractNamespace + "\"");
        }

        return string.Join(", ", arguments);
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
