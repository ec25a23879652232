using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.People;

namespace Convening.Grains.People;

/// <summary>Known absences and the deputy to contact meanwhile: what a convenor needs when someone can't come.</summary>
public sealed partial class PersonGrain
{
    public async Task<PersonView> AddAbsence(DateOnly from, DateOnly to, string? callerId)
    {
        RequireSelf(callerId);
        var today = Today();
        if (to < from)
            throw new ConveningException("absence.ends-before-start", "The last day away must be on or after the first.");
        if (to.DayNumber - from.DayNumber + 1 > GatheringLimits.AbsenceDays)
            throw new ConveningException("absence.too-long", $"An absence can be at most {GatheringLimits.AbsenceDays} days. Add a longer one in parts.");
        if (to < today)
            throw new ConveningException("absence.in-the-past", "That absence has already ended.");
        // Absences that have ended no longer matter to scheduling; dropping them keeps the list within its limit.
        S.Absences.RemoveAll(a => a.To < today);
        // The same days again are a retry after a lost answer (the dates are the absence's natural key):
        // answer as the first did, and tell the groups again, rather than "overlapping".
        if (S.Absences.Any(a => a.From == from && a.To == to))
            return await SaveAndTellGroups();
        if (S.Absences.Any(a => a.From <= to && from <= a.To))
            throw ConveningException.Conflict("absence.overlapping", "That overlaps an absence you have already added. Change that one instead.");
        if (S.Absences.Count >= GatheringLimits.Absences)
            throw new ConveningException("absence.too-many", $"You can list at most {GatheringLimits.Absences} absences.");
        S.Absences.Add(new Absence(Guid.NewGuid().ToString("N")[..12], from, to));
        S.Absences.Sort((a, b) => a.From.CompareTo(b.From));
        return await SaveAndTellGroups();
    }

    public async Task<PersonView> RemoveAbsence(string absenceId, string? callerId)
    {
        RequireSelf(callerId);
        if (S.Absences.RemoveAll(a => a.Id == absenceId) == 0)
            throw ConveningException.NotFound("absence.not-found", "That absence does not exist. It may have been removed already.");
        return await SaveAndTellGroups();
    }

    public async Task<PersonView> SetDeputy(Deputy? deputy, string? callerId)
    {
        RequireSelf(callerId);
        S.Deputy = deputy is null
            ? null
            : new Deputy(Check.Text(deputy.Name, "deputy-name", Limits.NameLength), Check.Text(deputy.Contact, "deputy-contact", Limits.ShortText));
        return await SaveAndTellGroups();
    }

    // "Today" where the person is, so an absence ending today is still current for them.
    private DateOnly Today() =>
        DateOnly.FromDateTime(ZonedTime.Local(clock.UtcNow, TimeZoneInfo.TryFindSystemTimeZoneById(S.Availability.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc));
}
