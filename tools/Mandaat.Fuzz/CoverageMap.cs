using System.IO.MemoryMappedFiles;

namespace Mandaat.Fuzz;

/// <summary>
/// The edge bitmap SharpFuzz's instrumentation writes to, shared by the supervisor and its worker through a mapped
/// file: the worker points <c>SharpFuzz.Common.Trace.SharedMem</c> at it, every instrumented branch then adds one
/// to the byte of its edge (AFL's 64 KB map, indexed by the XOR of the branch's id and the previous one's), and the
/// supervisor reads it after each input. The same arrangement as AFL's shared memory segment, without AFL: so an
/// input that hangs or blows the memory ceiling costs only the worker, and coverage survives it.
/// </summary>
public sealed unsafe class CoverageMap : IDisposable
{
    /// <summary>SharpFuzz's map size: its instrumentation indexes with a 16-bit id.</summary>
    public const int Size = 1 << 16;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _bits;

    private CoverageMap(string path, FileMode mode)
    {
        _file = MemoryMappedFile.CreateFromFile(path, mode, mapName: null, Size, MemoryMappedFileAccess.ReadWrite);
        _view = _file.CreateViewAccessor(0, Size, MemoryMappedFileAccess.ReadWrite);
        byte* start = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _bits = start + _view.PointerOffset;
    }

    /// <summary>The bitmap as the instrumentation sees it.</summary>
    public byte* Bits => _bits;

    /// <summary>What the last input hit: one count per edge, wrapped at 256.</summary>
    public ReadOnlySpan<byte> Hits => new(_bits, Size);

    /// <summary>The supervisor's side: a new, zeroed map at <paramref name="path"/>.</summary>
    public static CoverageMap Create(string path) => new(path, FileMode.Create);

    /// <summary>The worker's side: the map the supervisor created.</summary>
    public static CoverageMap Open(string path) => new(path, FileMode.Open);

    public void Clear() => new Span<byte>(_bits, Size).Clear();

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
