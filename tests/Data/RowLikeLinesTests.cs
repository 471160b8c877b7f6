using System.Text;
using RoiReportGen.Data;

namespace RoiReportGen.Tests.Data;

/// <summary>Which lines of a multi-line record read as rows of their own (corpus cases 147 to 149 show the rule end to end).</summary>
public sealed class RowLikeLinesTests
{
    [Theory]
    [InlineData("I1,2025-03-01,10,\"Great day\nI2,2025-03-02,20,Nice\nI3,2025-03-03,30,Size 5\"", 3)]
    [InlineData("I1,2025-03-01,10,\"Leg day\nnew PR, 200 kg\"", 1)]
    [InlineData("I1,2025-03-01,10,\"Leg day\r\nI2,2025-03-02,20,\"quoted, with comma\"", 2)]
    [InlineData("I1,\"x\ny\",2025-03-01,10", 0)]
    [InlineData("I1,2025-03-01,10,a,,\nI2,2025-03-02,20,b", 2)]
    [InlineData("I1,2025-03-01,10,a,b\nI2,2025-03-02,20,b", 1)]
    [InlineData("I1,2025-13-01,10,a\nI2,02/03/2025,20,b", 1)]
    [InlineData("I1,\"2025-03-01\",10,a\n\nI2,2025-03-02,20,b", 2)]
    public void Counts_lines_with_the_header_s_field_count_and_a_date(string record, int expected) =>
        Assert.Equal(expected, RowLikeLines.Count(Encoding.UTF8.GetBytes(record), fieldCount: 4, dateField: 1));

    [Fact]
    public void Without_a_date_column_the_field_count_alone_decides() =>
        Assert.Equal(2, RowLikeLines.Count("a,b,c,d\nno,date,at,all\nshort"u8, fieldCount: 4, dateField: -1));
}
