namespace Convening.Storage.Tests.Sqlite;

/// <summary>A small grain state, serialised the way grains' states are.</summary>
[GenerateSerializer, Alias("convening.tests.note-state")]
public sealed class NoteState
{
    [Id(0)] public string Text { get; set; } = "";
    [Id(1)] public List<string> Tags { get; set; } = [];
}
