using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Common;

public static class MutationExtensions
{
    /// <summary>Adds a mutation that takes one non-null "input" and returns a payload.</summary>
    public static void AddMutation<TGraph, TValue, TInput>(this ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Task<TValue>> resolve)
        where TGraph : IGraphType
        where TInput : IGraphType =>
        mutation.Field<NonNullGraphType<PayloadType<TGraph, TValue>>, TValue>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "What to change.")
            .ResolveAsync(async ctx => (await resolve(ctx))!);
}
