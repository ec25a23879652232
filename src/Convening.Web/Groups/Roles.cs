using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Web.Pages;

namespace Convening.Web.Groups;

/// <summary>How roles are named and explained to people choosing one.</summary>
public static class Roles
{
    public static string Name(GroupRole role) => role switch
    {
        GroupRole.Convenor => "Convenor",
        GroupRole.Member => "Member",
        _ => "Observer",
    };

    /// <summary>"a convenor", "an observer": for sentences.</summary>
    public static string WithArticle(GroupRole role) =>
        (role == GroupRole.Observer ? "an " : "a ") + Name(role).ToLowerInvariant();

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(nameof(GroupRole.Convenor), "Convenor", "Takes part, invites people and changes their roles"),
        new(nameof(GroupRole.Member), "Member", "Takes part and can change the glossary"),
        new(nameof(GroupRole.Observer), "Observer", "Can see the group but not change anything"),
    ];

    /// <summary>A role from a form; <paramref name="field"/> names the control for the error.</summary>
    public static GroupRole Parse(string? value, string field) =>
        Enum.TryParse<GroupRole>(value, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new ConveningException($"{field}.empty", "Choose a role: convenor, member or observer.");
}
