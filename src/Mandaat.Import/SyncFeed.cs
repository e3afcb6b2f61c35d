using System.Globalization;

namespace Mandaat.Import;

/// <summary>
/// The Gegevensmagazijn's SyncFeed of one category (FORMATS.md §1b): pages read by their <c>skiptoken</c>, and the
/// place in the feed where a moment begins. The feed is a change log of every entity of the category since the
/// start; a selection that last completed at a moment and has no cursor yet finds its place by bisection over the
/// skiptoken (a few dozen small reads, once), since the feed offers no index by time.
/// </summary>
public sealed class SyncFeed(Uri tkBase, string category, PoliteHttp http)
{
    /// <summary>The feed page that starts after this skiptoken (0: the start of the feed).</summary>
    public Uri At(long skiptoken) =>
        new(tkBase, $"/SyncFeed/2.0/Feed?category={Uri.EscapeDataString(category)}&skiptoken={skiptoken.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>An entity's own XML, for an entry that came without it.</summary>
    public Uri Entity(string id) => new(tkBase, $"/SyncFeed/2.0/Entiteiten/{Uri.EscapeDataString(id)}");

    /// <summary>One page, asked again each time (a feed's page grows until it is full); throws <see cref="SourceException"/> when unreadable.</summary>
    public async Task<SyncFeedPage> ReadAsync(Uri page, CancellationToken cancellationToken) =>
        SyncFeedPage.Parse(await http.GetAsync(page, fresh: true, cancellationToken), page);

    /// <summary>
    /// A page from which reading on sees every change made at or after <paramref name="moment"/>: the skiptoken
    /// doubles until a page starts at or after the moment (or is empty: past the end), then the gap is halved. It
    /// stops early at a page that holds the moment. The result may re-read a few earlier changes, never miss one.
    /// </summary>
    public async Task<Uri> PositionAsync(DateTimeOffset moment, CancellationToken cancellationToken)
    {
        long low = 0, high = 1;
        while (true)
        {
            var probe = await ProbeAsync(high, moment, cancellationToken);
            if (probe == Probe.Holds)
            {
                return At(high);
            }

            if (probe == Probe.After)
            {
                break;
            }

            (low, high) = (high, checked(high * 2));
        }

        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            switch (await ProbeAsync(middle, moment, cancellationToken))
            {
                case Probe.Holds:
                    return At(middle);
                case Probe.After:
                    high = middle;
                    break;
                default:
                    low = middle;
                    break;
            }
        }

        return At(low);
    }

    private async Task<Probe> ProbeAsync(long skiptoken, DateTimeOffset moment, CancellationToken cancellationToken)
    {
        var page = await ReadAsync(At(skiptoken), cancellationToken);
        if (page.Entries.Count == 0 || (page.Entries[0].Updated ?? DateTimeOffset.MinValue) >= moment)
        {
            return Probe.After;
        }

        return (page.Entries[^1].Updated ?? DateTimeOffset.MinValue) >= moment ? Probe.Holds : Probe.Before;
    }

    /// <summary>Where a probed page lies relative to the moment: wholly before it, holding it, or starting after it.</summary>
    private enum Probe
    {
        Before,
        Holds,
        After,
    }
}
