using Convening.Container.Smoke;

// Checks a running image from outside, as its users would meet it:
//   first URL STATE   health, a GraphQL query and mutations, a SignalR board round trip; writes STATE
//   again URL STATE   after a restart on the same data folder: the account, board and card are still there
// Exits 1 with one line saying what failed.
if (args.Length != 3 || args[0] is not ("first" or "again"))
{
    Console.Error.WriteLine("usage: Convening.Container.Smoke first|again URL STATE-FILE");
    return 2;
}
var checks = new SmokeChecks(new Uri(args[1]), args[2]);
try
{
    await (args[0] == "first" ? checks.First() : checks.Again());
    return 0;
}
catch (Exception e)
{
    Console.Error.WriteLine($"smoke: FAILED: {e.Message}");
    return 1;
}
