using System.Security.Cryptography;
using System.Text;
using Convening.Contracts;
using Convening.Contracts.Principles;
using Convening.Contracts.Reflections;

namespace Convening.Web.Demo;

/// <summary>
/// A shared reflection and a principle drawn from it in Essex, adapted in Hackney and adopted in
/// Lincolnshire: "processes don't travel, principles do". Ids are fixed, so a second run finds them.
/// </summary>
internal sealed class DemoPrinciples(IGrainFactory grains, IReadOnlyDictionary<string, string> people)
{
    public async Task Load()
    {
        var groupId = DemoLoader.GroupId("Right to Control Trailblazer");
        var reflection = grains.GetGrain<IReflectionGrain>(Id("reflection:savings"));
        await Once(() => reflection.Save(new SaveReflection(0, "Who gets the savings?", ReflectionStructure.WhatSoWhatNowWhat,
            [
                "A man we support achieved his outcomes for less than the pot of money allocated to him.",
                "Each agency's rules assume the money goes back to that agency. Nobody had asked him.",
                "Take the question to the Trailblazer group: could the savings stay with the person?",
            ], ["money", "control"], ReflectionVisibility.Group, groupId, null), people["ben"]));

        var origin = grains.GetGrain<IPrincipleGrain>(Id("principle:control"));
        await Once(async () =>
        {
            await origin.Draft(new DraftPrinciple("essex", "People, not agencies, are in control of their support",
                "One plan the person owns across every funding stream. Ask *what matters to you* before any assessment.",
                ["control", "money"], [new Evidence(EvidenceKind.Reflection, reflection.GetPrimaryKeyString(), "Who gets the savings?")]), people["amara"]);
            return await origin.Publish(people["amara"]);
        });
        var hackney = grains.GetGrain<IPrincipleGrain>(Id("principle:control:hackney"));
        await Once(() => hackney.Adopt(new AdoptPrinciple(origin.GetPrimaryKeyString(), "hackney",
            "Families, not services, are in control of their support", null,
            "We started with families in temporary accommodation: *doing with*, not *doing unto*."), people["grace"]));
        var lincolnshire = grains.GetGrain<IPrincipleGrain>(Id("principle:control:lincolnshire"));
        await Once(() => lincolnshire.Adopt(new AdoptPrinciple(hackney.GetPrimaryKeyString(), "lincolnshire", null, null, null), people["imran"]));
    }

    private static string Id(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("convening-demo:" + name)))[..32];

    /// <summary>Runs a step unless an earlier run already did it.</summary>
    private static async Task Once<T>(Func<Task<T>> step)
    {
        try
        {
            await step();
        }
        catch (ConveningException e) when (e.Kind == ErrorKind.Conflict)
        {
            // Done by an earlier run (exists, already adopted, or a newer version saved): leave it.
        }
    }
}
