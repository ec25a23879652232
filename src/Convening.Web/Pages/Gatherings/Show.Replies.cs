using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>What each person says: whether they are coming, their check-in answer, and how the conversation went.</summary>
public sealed partial class ShowModel
{
    [BindProperty(Name = "answer")] public string? AnswerChoice { get; set; }
    [BindProperty(Name = "reply-note")] public string? ReplyNote { get; set; }
    [BindProperty(Name = "check-in")] public string? CheckIn { get; set; }
    [BindProperty(Name = "prompt")] public string? Prompt { get; set; }
    [BindProperty(Name = "level")] public string? LevelChoice { get; set; }
    [BindProperty(Name = "reflection-note")] public string? ReflectionNote { get; set; }

    public Task<IActionResult> OnPostReply() => Attempt(async () =>
    {
        var answer = Parse<ResponseAnswer>(AnswerChoice, "answer", "Say whether you are coming.");
        await Grain.Respond(answer, ReplyNote ?? "", CallerId);
        return Done("Your reply has been saved.");
    }, LoadGathering);

    public Task<IActionResult> OnPostCheckIn() => Attempt(async () =>
    {
        await Grain.AnswerCheckIn(CheckIn ?? "", CallerId);
        return Done("Your check-in has been added.");
    }, LoadGathering);

    public Task<IActionResult> OnPostPrompt() => Attempt(async () =>
    {
        await Grain.SetCheckInPrompt(Prompt ?? "", CallerId);
        return Done("The check-in question has been changed.");
    }, LoadGathering);

    public Task<IActionResult> OnPostReflect() => Attempt(async () =>
    {
        var level = Parse<ConversationLevel>(LevelChoice, "level", "Choose how the conversation went.");
        await Grain.Reflect(level, ReflectionNote ?? "", CallerId);
        return Done("Thank you. Your reflection has been saved.");
    }, LoadGathering);

    /// <summary>One of an enum's values from a radio group; the error names the radios.</summary>
    private static T Parse<T>(string? value, string field, string message) where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new ConveningException($"{field}.empty", message);
}
