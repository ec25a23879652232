using System.Buffers.Binary;
using Convening.Grains.Accounts;
using Convening.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Convening.Grains.Tests.Accounts;

/// <summary>
/// Production hashes passwords at Identity's default cost; test hosts lower it (to
/// <see cref="TestPasswords.HashIterations"/>) so that their CPU goes on what they test.
/// </summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public async Task AsTheGrainsRegisterIt_APasswordIsHashedWithAtLeast100000Iterations()
    {
        using var services = new ServiceCollection().AddOptions().AddConveningGrains().BuildServiceProvider();
        var hashing = services.GetRequiredService<PasswordHashing>();

        var hash = await hashing.Hash("a long enough password");

        Assert.True(Iterations(hash) >= 100_000, $"{Iterations(hash)} iterations");
        Assert.Equal(PasswordVerificationResult.Success, await hashing.Verify(hash, "a long enough password"));
        Assert.Equal(PasswordVerificationResult.Failed, await hashing.Verify(hash, "a wrong password"));
    }

    [Fact]
    public async Task AtTheTestCost_AHashVerifies_AWrongPasswordFails_AndAHashMadeAtFullCostStillVerifies()
    {
        var production = new PasswordHashing(Options.Create(new PasswordHasherOptions()));
        var test = new PasswordHashing(Options.Create(new PasswordHasherOptions { IterationCount = TestPasswords.HashIterations }));

        var hash = await test.Hash("a long enough password");

        Assert.Equal(TestPasswords.HashIterations, Iterations(hash));
        Assert.Equal(PasswordVerificationResult.Success, await test.Verify(hash, "a long enough password"));
        Assert.Equal(PasswordVerificationResult.Failed, await test.Verify(hash, "a wrong password"));
        Assert.NotEqual(PasswordVerificationResult.Failed, await test.Verify(await production.Hash("made at full cost"), "made at full cost"));
    }

    /// <summary>The iteration count Identity's version 3 format stores in a hash (bytes 5 to 8, big-endian).</summary>
    private static int Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
