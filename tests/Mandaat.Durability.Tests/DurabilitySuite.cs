namespace Mandaat.Durability.Tests;

/// <summary>Every durability test in one collection: one reference ingest for all of them, and no two of them crowding two cores at once.</summary>
[CollectionDefinition(Name)]
public sealed class DurabilitySuite : ICollectionFixture<DurabilityCorpus>
{
    public const string Name = "durability";
}
