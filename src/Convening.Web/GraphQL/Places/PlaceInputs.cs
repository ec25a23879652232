using Convening.Contracts;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Places;

public sealed class PlaceInput
{
    public string? Slug { get; set; }
    public string Name { get; set; } = "";
    public string? Purpose { get; set; }
    public string? RequestId { get; set; }
}

public sealed class CreatePlaceInputType : InputObjectGraphType<PlaceInput>
{
    public CreatePlaceInputType()
    {
        Name = "CreatePlaceInput";
        Description = "A new place.";
        Field(x => x.Slug, nullable: true).Description($"Short name for addresses (lower-case letters, digits, hyphens, at most {Limits.SlugLength}); made from the name if left out.");
        Field(x => x.Name).Description($"The place's name, at most {Limits.NameLength} characters.");
        Field(x => x.Purpose, nullable: true).Description($"What convening here is for, at most {Limits.PurposeLength} characters.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdatePlaceInputType : InputObjectGraphType<PlaceInput>
{
    public UpdatePlaceInputType()
    {
        Name = "UpdatePlaceInput";
        Description = "New name and purpose for a place; only its stewards may change it.";
        Field(x => x.Slug, nullable: false).Description("The place to change.");
        Field(x => x.Name).Description($"The place's name, at most {Limits.NameLength} characters.");
        Field(x => x.Purpose, nullable: true).Description($"What convening here is for, at most {Limits.PurposeLength} characters.");
    }
}
