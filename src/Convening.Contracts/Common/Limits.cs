namespace Convening.Contracts;

/// <summary>Sizes the grains enforce, shared so that forms can say the same thing.</summary>
public static class Limits
{
    public const int NameLength = 120;
    public const int PurposeLength = 2_000;
    public const int ShortText = 200;
    public const int NoteLength = 1_000;
    public const int SlugLength = 60;
    public const int GlossaryTerms = 500;
    public const int AgencyTermsPerEntry = 20;
    public const int GroupMembers = 10_000;
    public const int PendingInvitations = 1_000;
    public const int AvailabilityWindows = 28;
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 256;
    public const int EmailLength = 254;
}
