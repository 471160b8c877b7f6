namespace RoiReportGen.Rendering;

/// <summary>Trailing zeros of a decimal's scale, dropped without changing its value (1.500000 → 1.5, 100.00 → 100).</summary>
public static class DecimalScale
{
    /// <summary>
    /// The same decimal (value, sign and the smallest scale that holds it) as dividing by 1.000…0, which is what the page's
    /// tables did: a decimal division costs 100–300 ns, and a 1M-row build formats millions of table cells.
    /// </summary>
    public static decimal WithoutTrailingZeros(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (byte)(bits[3] >> 16);
        if (scale == 0)
        {
            return value;
        }

        var negative = bits[3] < 0;
        if (bits[2] == 0)
        {
            // Most amounts fit 64 bits, where a division by 10 is one instruction.
            var small = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            while (scale > 0 && small % 10 == 0)
            {
                small /= 10;
                scale--;
            }

            return new decimal((int)(uint)small, (int)(uint)(small >> 32), 0, negative, scale);
        }

        var large = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (scale > 0 && large % 10 == 0)
        {
            large /= 10;
            scale--;
        }

        return new decimal((int)(uint)large, (int)(uint)(large >> 32), (int)(uint)(large >> 64), negative, scale);
    }
}
