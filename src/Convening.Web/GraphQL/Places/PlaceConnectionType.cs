using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.Places;

public sealed class PlaceConnectionType() : ConnectionType<PlaceSummaryType, PlaceSummary>("PlaceConnection", "One page of places in name order.", "places");
