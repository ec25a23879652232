namespace Convening.Contracts.LifePictures;

/// <summary>The parts of a life a picture looks at (Valuing Good Lives).</summary>
public enum LifeArea
{
    Home = 0,
    WorkAndLearning = 1,
    Relationships = 2,
    HealthAndWellbeing = 3,
    Community = 4,
    Money = 5,
    GettingAbout = 6,
}

/// <summary>Whether the support a person has in a life area matches what they want.</summary>
public enum SupportMatch
{
    Yes = 0,
    Partly = 1,
    No = 2,
}

public static class LifeAreas
{
    public static readonly LifeArea[] All = Enum.GetValues<LifeArea>();

    public static string Name(LifeArea area) => area switch
    {
        LifeArea.Home => "Home",
        LifeArea.WorkAndLearning => "Work and learning",
        LifeArea.Relationships => "Relationships",
        LifeArea.HealthAndWellbeing => "Health and wellbeing",
        LifeArea.Community => "Community",
        LifeArea.Money => "Money",
        LifeArea.GettingAbout => "Getting about",
        _ => area.ToString(),
    };
}
