using Convening.Contracts.LifePictures;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.LifePictures;

public sealed class LifeAreaType() : DescribedEnumType<LifeArea>(
    "A part of a life a picture looks at (Valuing Good Lives).");

public sealed class SupportMatchType() : DescribedEnumType<SupportMatch>(
    "Whether the support a person has in a life area matches what they want: YES, PARTLY or NO.");

public sealed class PictureActionType() : DescribedEnumType<PictureAction>(
    "What happened to a life picture, as its audit trail says it.");
