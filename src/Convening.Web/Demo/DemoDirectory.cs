using System.Security.Cryptography;
using System.Text;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.Demo;

/// <summary>
/// A dozen published directory entries in the demo places, each submitted by a demo person and
/// published by the demo moderator, with a few endorsements. Ids are fixed, so a second run finds them.
/// </summary>
internal sealed class DemoDirectory(IGrainFactory grains, IReadOnlyDictionary<string, string> people)
{
    /// <summary>The demo person who moderates the directory (configured by <see cref="DemoData.AddDemoSettings"/>).</summary>
    public const string Moderator = "femi";

    public async Task Load()
    {
        foreach (var organisation in DemoOrganisations.All)
        {
            var grain = Grain(organisation);
            var submitter = people[organisation.Submitter];
            if (!await DemoLoader.Exists(() => grain.Get(submitter)))
            {
                await grain.Submit(organisation.Content, submitter);
                await grain.Review(ReviewDecision.Publish, "Thank you: clear about what you do, and your practice backs up your approaches.", people[Moderator]);
            }
        }
        // Once every entry is published, so that the people behind one entry may endorse another.
        foreach (var organisation in DemoOrganisations.All)
            foreach (var (person, approach) in organisation.Endorsements)
                await Grain(organisation).Endorse(approach, true, people[person]);
    }

    private IOrganisationGrain Grain(DemoOrganisation organisation) => grains.GetGrain<IOrganisationGrain>(Id(organisation.Content.Name));

    /// <summary>A uuid made from the name, the same every run (marked as a name-based, version 5, uuid).</summary>
    internal static string Id(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("convening-demo-directory:" + name))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
