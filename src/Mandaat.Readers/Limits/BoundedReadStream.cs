using Mandaat.Core.Limits;

namespace Mandaat.Readers.Limits;

/// <summary>
/// Reads an unpacking stream and counts what comes out, stopping as soon as a part unpacks to more than the
/// package may hold or more than its ratio allows. The sizes a zip declares are not trusted: only the
/// bytes that actually come out are counted, and no more than one buffer past a limit is ever unpacked.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, string part, long packedBytes, long budget, DocumentLimits limits) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        if (BytesRead > budget)
        {
            throw new LimitExceededException(DocumentLimits.Refusal(
                $"its parts unpack to more than {limits.MaxUnpackedMegabytes} MB ({part} among them)", DocumentLimits.UnpackedMegabytesSetting, limits.MaxUnpackedMegabytes));
        }

        if (BytesRead > DocumentLimits.RatioCheckedFromBytes && BytesRead > packedBytes * limits.MaxCompressionRatio)
        {
            throw new LimitExceededException(DocumentLimits.Refusal(
                $"{part} unpacks to more than {limits.MaxCompressionRatio} times its packed size of {packedBytes} bytes, as a zip bomb does", DocumentLimits.CompressionRatioSetting, limits.MaxCompressionRatio));
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
