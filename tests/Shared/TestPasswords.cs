namespace Convening.Testing;

/// <summary>
/// The password hashing cost test hosts use (Identity's PasswordHasherOptions.IterationCount):
/// PBKDF2 at the production default (100,000 iterations) costs about 60 ms of CPU a hash, and the
/// suite registers and signs in thousands of people. Production keeps the default;
/// Convening.Grains.Tests' PasswordHashingTests checks it.
/// </summary>
public static class TestPasswords
{
    public const int HashIterations = 1_000;
}
