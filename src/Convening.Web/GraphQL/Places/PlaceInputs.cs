using Convening.Contracts;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Places;

public sealed class CreatePlaceInputType : CommandInputType<CreatePlace>
{
    public CreatePlaceInputType() : base("CreatePlaceInput", "A new place.")
    {
        OptionalKey<StringGraphType>("slug", $"Short name for addresses (lower-case letters, digits, hyphens, at most {Limits.SlugLength}); made from the name if left out.");
        Field(x => x.Name).Description($"The place's name, at most {Limits.NameLength} characters.");
        Field(x => x.Purpose, nullable: true).Description($"What convening here is for, at most {Limits.PurposeLength} characters.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdatePlaceInputType : CommandInputType<UpdatePlace>
{
    public UpdatePlaceInputType() : base("UpdatePlaceInput", "New name and purpose for a place; only its stewards may change it.")
    {
        Key<StringGraphType>("slug", "The place to change.");
        Field(x => x.Name).Description($"The place's name, at most {Limits.NameLength} characters.");
        Field(x => x.Purpose, nullable: true).Description($"What convening here is for, at most {Limits.PurposeLength} characters.");
    }
}
