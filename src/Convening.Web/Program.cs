using Convening.Web.Cycles;
using Convening.Web.Demo;
using Convening.Web.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;
using Convening.Web.OrganisationDirectory.Oruk;
using Convening.Web.Edge;
using Convening.Web.Gatherings;
using Convening.Web.GraphQL;
using Convening.Web.Hosting;
using Convening.Web.Hubs;
using Convening.Web.Identity;
using Convening.Web.Mail;
using Convening.Web.Notifications;
using Convening.Web.Pages;

var start = StartArguments.Read(args);
var builder = WebApplication.CreateBuilder(start.Configuration);

builder.AddStartFailureReport();
builder.AddDemoSettings(start.Demo);
builder.CheckData(start.NewData);
builder.AddConveningSilo();
builder.Services.AddConveningEdge(builder.Configuration);
builder.Services.AddConveningIdentity(builder.Configuration);
builder.Services.AddConveningGraphQL(builder.Configuration.Convening());
builder.Services.AddConveningPages();
builder.Services.AddConveningHubs();
builder.Services.AddConveningDirectory(builder.Configuration);
builder.Services.AddDirectoryData(builder.Configuration, builder.Environment);
builder.Services.AddConveningHealth();
builder.Services.AddConveningTelemetry(builder.Configuration);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddConveningMail(builder.Configuration);
builder.Services.AddConveningNotifications(builder.Configuration);

var app = builder.Build();

app.UseConveningEdge();
app.UseOpenReferralCors();
app.UseConveningErrors();
app.UseStaticFiles();
app.UseAuthentication();
app.UseSessionCheck();
app.UseSecondFactorGate();
app.UseAuthorization();
app.UseAntiforgery();

app.MapConveningGraphQL();
app.MapConveningPages();
app.MapGatheringCalendars();
app.MapConveningHubs();
app.MapConveningCycles();
app.MapDirectoryData();
app.MapConveningHealth();

// The silo only answers once the host has started, so demo data is loaded between the two.
await app.StartOrExplain();
await app.LoadDemoDataIfAsked(start.Demo);
await app.WaitForShutdownAsync();

/// <summary>The web host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
