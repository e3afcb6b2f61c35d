using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mandaat.Store;

/// <summary>
/// A fingerprint of a store's content, equal for two stores that hold the same documents with the same
/// rows whatever their backend: SHA-256 over the sorted SHA-256 of each document's canonical JSON. Times
/// count to the microsecond, the finest both backends keep.
/// </summary>
public static class StoreChecksum
{
    private static readonly JsonSerializerOptions Canonical = new() { WriteIndented = false };

    public static string Of(DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var canonical = record with
        {
            IngestedAt = Microseconds(record.IngestedAt),
            Earlier = [.. record.Earlier.Select(e => e with { IngestedAt = Microseconds(e.IngestedAt), ReplacedAt = Microseconds(e.ReplacedAt) })],
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(canonical, Canonical);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    private static DateTimeOffset Microseconds(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>Reads the whole store once: its counts and its checksum.</summary>
    public static async Task<StoreFingerprint> ComputeAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var hashes = new List<string>();
        int facts = 0, commitments = 0;
        await foreach (var record in store.ExportAsync(cancellationToken))
        {
            hashes.Add(Of(record));
            facts += record.Facts.Count;
            commitments += record.Facts.Count(f => f.Type == Core.Facts.FactType.Commitment);
        }

        hashes.Sort(StringComparer.Ordinal);
        var all = Encoding.ASCII.GetBytes(string.Join('\n', hashes));
        return new StoreFingerprint(hashes.Count, facts, commitments, Convert.ToHexStringLower(SHA256.HashData(all)));
    }
}

/// <summary>What <c>copy</c> compares between the two stores: counts and the <see cref="StoreChecksum"/>.</summary>
public sealed record StoreFingerprint(int Documents, int Facts, int Commitments, string Checksum);
