using System.Reflection;
using Convening.Contracts;

namespace Convening.Grains.Accounts;

/// <summary>
/// What makes a password acceptable, after the NCSC's password guidance: long enough, not on a
/// list of passwords people commonly use (common-passwords.txt, shipped with the product), and
/// not easy to guess by zxcvbn's estimate (which also knows names, words and the person's own
/// email and name). No rules about character classes and no forced expiry.
/// </summary>
public static class PasswordRules
{
    /// <summary>zxcvbn's score from 0 (too guessable) to 4; 3 is "safely unguessable" for online attacks.</summary>
    public const int MinimumScore = 3;

    private static readonly HashSet<string> Common = LoadCommon();

    public static void Check(string? password, params string[] personal)
    {
        password = Contracts.Check.Password(password);
        if (string.IsNullOrWhiteSpace(password) || Common.Contains(password.ToLowerInvariant()) || Common.Contains(password.Trim().ToLowerInvariant()))
            throw Weak();
        if (Zxcvbn.Zxcvbn.MatchPassword(password, personal.Where(p => !string.IsNullOrEmpty(p))).Score < MinimumScore)
            throw Weak();
    }

    private static ConveningException Weak() =>
        new("password.too-common", "That password is too easy to guess. Try three or four unrelated words.") { Field = "password" };

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Convening.Grains.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#')
                set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}
