using Convening.Web.Demo;
using Convening.Web.GraphQL;
using Convening.Web.Hosting;
using Convening.Web.Hubs;
using Convening.Web.Identity;
using Convening.Web.Pages;

var builder = WebApplication.CreateBuilder(args);

builder.AddConveningSilo();
builder.Services.AddConveningIdentity(builder.Configuration);
builder.Services.AddConveningGraphQL(builder.Configuration.GetValue("Convening:GraphQLIntrospection", true));
builder.Services.AddConveningPages();
builder.Services.AddConveningHubs();
builder.Services.AddConveningHealth();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<TokenIssuer>();

var app = builder.Build();

app.UseConveningErrors();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapConveningGraphQL();
app.MapConveningPages();
app.MapConveningHubs();
app.MapConveningHealth();

await app.LoadDemoDataIfAsked(args);
await app.RunAsync();

/// <summary>The web host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
