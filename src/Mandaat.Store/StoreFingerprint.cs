namespace Mandaat.Store;

/// <summary>What <c>copy</c> compares between the two stores: counts and the <see cref="StoreChecksum"/>.</summary>
public sealed record StoreFingerprint(int Documents, int Facts, int Commitments, string Checksum);
