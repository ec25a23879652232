using Convening.Contracts;
using GraphQL;
using GraphQL.Execution;

namespace Convening.Web.GraphQL.Common;

/// <summary>
/// Errors carry their stable code (extensions.code) and, for a domain error about one part of a
/// larger input, where it is (extensions.field, like "services[1].name"), so a form can point at it.
/// </summary>
public sealed class ConveningErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeCodes = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.InnerException is ConveningException { Field: { } field })
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["field"] = field;
        }
        return info;
    }
}
