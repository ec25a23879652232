using Convening.Contracts.Principles;

namespace Convening.Web.Pages.Principles;

public static class PrincipleText
{
    public static string Origin(PrincipleOrigin origin) => origin switch
    {
        PrincipleOrigin.Adopted => "Adopted",
        PrincipleOrigin.Adapted => "Adapted",
        _ => "Originated",
    };
}
