using System.Collections;
using System.Globalization;
using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Common;

/// <summary>
/// The one way to build a mutation's input (decision 0052): an input type bound straight to the
/// immutable record the grain takes, either its command record or, where the grain method takes
/// plain values, a positional record of them declared beside the type. Fields declared with
/// <c>Field(x => x.Member)</c> fill the record's constructor; a field the client leaves out or sends
/// as null becomes the parameter's own default when it has one, <c>""</c> for text and an empty
/// list for a list, so resolvers never patch nulls. Fields declared with <c>Key</c> name the
/// grain (and the item inside it) and reach the resolver beside the record, through
/// <c>ctx.Keyed<see cref="ResolveContextExtensions.Keyed{T}"/>lt;T<see cref="ResolveContextExtensions.Keyed{T}"/>gt;()</c>. Checking stays at the grain, with stable codes.
/// </summary>
public abstract class CommandInputType<T> : InputObjectGraphType<T> where T : class
{
    private static readonly ConstructorInfo Constructor = typeof(T).GetConstructors()
        .OrderByDescending(c => c.GetParameters().Length).First();
    // Read once, when the type is first used: NullabilityInfoContext is not safe to share between
    // requests (two first requests at once broke on its cache: "An item with the same key has already been added").
    private static readonly HashSet<string> NullableParameters = NullableOf(Constructor);
    private static readonly PropertyInfo[] Settable = [.. typeof(T).GetProperties()
        .Where(p => p.CanWrite && Constructor.GetParameters().All(c => !string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase)))];

    private readonly List<string> _keys = [];

    protected CommandInputType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>A field outside the record: the grain's key, then the id of the item inside it.</summary>
    protected void Key<TGraph>(string name, string description) where TGraph : ScalarGraphType
    {
        Field<NonNullGraphType<TGraph>>(name).Description(description);
        _keys.Add(name);
    }

    /// <summary>A key the client may leave out (it is then <c>""</c>), e.g. a slug made from the name.</summary>
    protected void OptionalKey<TGraph>(string name, string description) where TGraph : ScalarGraphType
    {
        Field<TGraph>(name).Description(description);
        _keys.Add(name);
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var values = new Dictionary<string, object?>(value, StringComparer.OrdinalIgnoreCase);
        var record = (T)Constructor.Invoke([.. Constructor.GetParameters().Select(p => Value(values, p))]);
        foreach (var property in Settable)
            if (values.TryGetValue(property.Name, out var set))
                property.SetValue(record, set.GetPropertyValue(property.PropertyType, GraphTypeOf(property.Name)));
        var keys = _keys.Select(k => Convert.ToString(values.GetValueOrDefault(k), CultureInfo.InvariantCulture) ?? "").ToList();
        return keys.Count == 0 ? record : new Keyed<T>(keys, record);
    }

    private static HashSet<string> NullableOf(ConstructorInfo constructor)
    {
        var context = new NullabilityInfoContext();
        return [.. constructor.GetParameters().Where(p => context.Create(p).WriteState == NullabilityState.Nullable).Select(p => p.Name!)];
    }

    private IGraphType GraphTypeOf(string member) =>
        Fields.First(f => string.Equals(f.Name, member, StringComparison.OrdinalIgnoreCase)).ResolvedType!;

    private object? Value(Dictionary<string, object?> values, ParameterInfo parameter)
    {
        var present = values.TryGetValue(parameter.Name!, out var value);
        if (value is not null)
            return value.GetPropertyValue(parameter.ParameterType, GraphTypeOf(parameter.Name!));
        if (parameter.HasDefaultValue && !present)
            return parameter.DefaultValue;
        if (NullableParameters.Contains(parameter.Name!))
            return null;
        if (parameter.ParameterType == typeof(string))
            return "";
        if (typeof(IEnumerable).IsAssignableFrom(parameter.ParameterType))
            return Array.CreateInstance(parameter.ParameterType.GetGenericArguments().FirstOrDefault() ?? typeof(object), 0);
        return parameter.HasDefaultValue ? parameter.DefaultValue
            : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null;
    }
}

/// <summary>A mutation's keys (the grain's, then the item's inside it) and the record it sends.</summary>
public sealed class Keyed<T>(IReadOnlyList<string> keys, T command)
{
    public IReadOnlyList<string> Keys => keys;
    public T Command => command;

    public void Deconstruct(out string key, out T record) => (key, record) = (keys[0], command);
    public void Deconstruct(out string key, out string itemId, out T record) => (key, itemId, record) = (keys[0], keys[1], command);
}
