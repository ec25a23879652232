using Xunit.Sdk;

namespace Convening.Browser.Tests;

/// <summary>The accessibility check must be able to fail, or a clean result means nothing.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AxeSelfTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Axe_ReportsAnUnlabelledInput()
    {
        var page = await fixture.NewPage();
        await page.SetContentAsync("<html lang='en'><head><title>t</title></head><body><main><h1>t</h1><input type='text'></main></body></html>");
        var failure = await Assert.ThrowsAsync<TrueException>(() => Axe.AssertNoViolations(page));
        Assert.Contains("label", failure.Message);
    }
}
