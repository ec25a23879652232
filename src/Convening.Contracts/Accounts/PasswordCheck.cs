namespace Convening.Contracts;

public static partial class Check
{
    /// <summary>A password of an acceptable length (the sign-up form runs it too, to show every mistake at once).</summary>
    public static string Password(string? password)
    {
        if ((password ?? "").Length < Limits.PasswordMinLength)
            throw new ConveningException("password.too-short", $"Your password must be at least {Limits.PasswordMinLength} characters.") { Field = "password" };
        if (password!.Length > Limits.PasswordMaxLength)
            throw new ConveningException("password.too-long", $"Your password must be {Limits.PasswordMaxLength} characters or fewer.") { Field = "password" };
        return password;
    }
}
