using System.Net;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>Files over 20 MB are refused with a message on the form, without the server reading them.</summary>
[Collection(DirectoryHostCollection.Name)]
public sealed class OversizedUploadTests(DirectoryHost host)
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    [Fact]
    public async Task A50MegabyteUpload_IsRefused_WithAMessage()
    {
        var browser = await host.SignedIn(host.Moderator);

        var response = await browser.Upload("/directory/import", "hsds-file", "huge.json", new GeneratedContent(FiftyMegabytes, knownLength: true));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The file must be 20 MB or smaller", html);
        Assert.Contains("id=\"hsds-file-error\"", html);
    }

    [Fact]
    public async Task AnOversizedUpload_WithoutALengthUpFront_IsRefused_WithAMessage()
    {
        var browser = await host.SignedIn(host.Moderator);

        var response = await browser.Upload("/directory/import", "hsds-file", "huge.json", new GeneratedContent(25L * 1024 * 1024, knownLength: false));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The file must be 20 MB or smaller", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A JSON-looking file of any size, made as it is sent rather than held in memory.</summary>
    private sealed class GeneratedContent(long length, bool knownLength) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            chunk[0] = (byte)'[';
            for (long sent = 0; sent < length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, length - sent)));
                chunk[0] = (byte)' ';
            }
        }

        protected override bool TryComputeLength(out long length1)
        {
            length1 = length;
            return knownLength;
        }
    }
}
