using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Convening.Web.Pages.Boards;

public sealed partial class ShowModel
{
    /// <summary>
    /// The board as the hub's Join sends it to this person (each lane's first cards, their own private
    /// cards and nobody else's), in the hub's JSON, so board.mjs draws a usable board at once and joins
    /// the hub afterwards, catching up from this version (decision 0048).
    /// </summary>
    public string LiveJson() => JsonSerializer.Serialize(Board,
        HttpContext.RequestServices.GetRequiredService<IOptions<JsonHubProtocolOptions>>().Value.PayloadSerializerOptions);
}
