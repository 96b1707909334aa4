using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// A minimal PNG reader for checking icons without an image library: 8-bit truecolour (with or without alpha),
/// greyscale, non-interlaced, which is everything an icon generator reasonably writes. Anything else is refused
/// rather than misread.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;

    private PngImage(int width, int height, byte colorType, byte[] pixels)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>PNG colour type: 0 greyscale, 2 truecolour, 4 greyscale with alpha, 6 truecolour with alpha.</summary>
    public byte ColorType { get; }

    public bool HasAlpha => ColorType is 4 or 6;

    private int Channels => ColorType switch { 0 => 1, 2 => 3, 4 => 2, _ => 4 };

    /// <summary>The pixel at (x, y) as red, green, blue, alpha.</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var offset = ((y * Width) + x) * Channels;
        return ColorType switch
        {
            0 => (_pixels[offset], _pixels[offset], _pixels[offset], 255),
            2 => (_pixels[offset], _pixels[offset + 1], _pixels[offset + 2], 255),
            4 => (_pixels[offset], _pixels[offset], _pixels[offset], _pixels[offset + 1]),
            _ => (_pixels[offset], _pixels[offset + 1], _pixels[offset + 2], _pixels[offset + 3]),
        };
    }

    public IEnumerable<(int X, int Y, (byte R, byte G, byte B, byte A) Color)> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return (x, y, Pixel(x, y));
            }
        }
    }

    public static PngImage Read(string path) => Read(File.ReadAllBytes(path));

    public static PngImage Read(byte[] file)
    {
        if (file.Length < Signature.Length || !file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0;
        byte colorType = 0;
        using var compressed = new MemoryStream();
        var position = Signature.Length;
        while (position + 8 <= file.Length)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(position)));
            var type = Encoding.ASCII.GetString(file, position + 4, 4);
            var data = file.AsSpan(position + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    var bitDepth = data[8];
                    colorType = data[9];
                    var interlace = data[12];
                    if (bitDepth != 8 || colorType is not (0 or 2 or 4 or 6) || interlace != 0)
                    {
                        throw new InvalidDataException($"Unsupported PNG: bit depth {bitDepth}, colour type {colorType}, interlace {interlace}.");
                    }

                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                default:
                    break;
            }

            position += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        if (width == 0 || height == 0)
        {
            throw new InvalidDataException("PNG has no IHDR chunk.");
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var channels = colorType switch { 0 => 1, 2 => 3, 4 => 2, _ => 4 };
        return new PngImage(width, height, colorType, Unfilter(inflated.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] scanlines, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (scanlines.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"PNG image data is {scanlines.Length} bytes; {height * (stride + 1)} expected.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = scanlines[y * (stride + 1)];
            var source = scanlines.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            ReadOnlySpan<byte> previous = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                int up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter type {filter}."),
                };
                row[i] = unchecked((byte)(source[i] + predictor));
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
