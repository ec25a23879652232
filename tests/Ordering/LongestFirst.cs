using Xunit.Abstractions;
using Xunit.Sdk;

namespace Convening.Testing;

/// <summary>
/// Marks a test collection (its <c>[CollectionDefinition]</c> class) or a class in a collection of
/// its own as taking tens of seconds, so that <see cref="LongestFirst"/> starts it first.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsLongAttribute : Attribute;

/// <summary>
/// The order xunit starts test collections in (every test project, through tests/Directory.Build.props).
/// xunit runs only as many collections at once as there are cores and starts them in this order, so a
/// long collection started last runs alone at the end (docs/performance.md, "Test suite time").
/// First the collections marked <see cref="RunsLongAttribute"/>, then the shared hosts (a
/// <c>[CollectionDefinition]</c>: many classes), then the classes in collections of their own; by name
/// within each, so the order is the same on every run.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderByDescending(Weight).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Weight(ITestCollection collection)
    {
        var type = collection.CollectionDefinition ?? OwnClass(collection);
        if (type?.GetCustomAttributes(typeof(RunsLongAttribute).AssemblyQualifiedName).Any() == true)
            return 2;
        return collection.CollectionDefinition is null ? 0 : 1;
    }

    /// <summary>The class of a collection xunit made for one class ("Test collection for Namespace.Class").</summary>
    private static ITypeInfo? OwnClass(ITestCollection collection)
    {
        const string prefix = "Test collection for ";
        return collection.DisplayName.StartsWith(prefix, StringComparison.Ordinal)
            ? collection.TestAssembly.Assembly.GetType(collection.DisplayName[prefix.Length..])
            : null;
    }
}
