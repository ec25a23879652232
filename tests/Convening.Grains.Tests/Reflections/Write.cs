using Convening.Contracts.Reflections;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Reflections;

/// <summary>Writes reflections the way an author would, for the tests to read back.</summary>
public static class Write
{
    public static SaveReflection Entry(
        string title = "Tenancy review",
        ReflectionVisibility visibility = ReflectionVisibility.Private,
        string? groupId = null,
        string? placeSlug = null,
        int expectedVersion = 0,
        string[]? themes = null,
        string body = "We met the family at home.") =>
        new(expectedVersion, title, ReflectionStructure.WhatSoWhatNowWhat, [body, "Trust matters", "Ask first"],
            themes ?? ["housing"], visibility, groupId, placeSlug);

    public static async Task<IReflectionGrain> Reflection(this IGrainFactory grains, TestPerson author, SaveReflection entry)
    {
        var grain = grains.GetGrain<IReflectionGrain>(Guid.NewGuid().ToString("N"));
        await grain.Save(entry, author.Id);
        return grain;
    }
}
