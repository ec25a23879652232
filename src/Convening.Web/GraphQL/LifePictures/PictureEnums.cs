using Convening.Contracts.LifePictures;
using GraphQL.Types;

namespace Convening.Web.GraphQL.LifePictures;

public sealed class LifeAreaType : EnumerationGraphType<LifeArea>
{
    public LifeAreaType()
    {
        Name = "LifeArea";
        Description = "A part of a life a picture looks at (Valuing Good Lives).";
    }
}

public sealed class SupportMatchType : EnumerationGraphType<SupportMatch>
{
    public SupportMatchType()
    {
        Name = "SupportMatch";
        Description = "Whether the support a person has in a life area matches what they want: YES, PARTLY or NO.";
    }
}

public sealed class PictureActionType : EnumerationGraphType<PictureAction>
{
    public PictureActionType()
    {
        Name = "PictureAction";
        Description = "What happened to a life picture, as its audit trail says it.";
    }
}
