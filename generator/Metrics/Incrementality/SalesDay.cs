namespace RoiReportGen.Metrics.Incrementality;

/// <summary>One day of a group's sales: its products' total revenue, the control products' and the halo series'.</summary>
/// <param name="Day">Day number.</param>
/// <param name="Treated">All revenue (organic and attributed) of the group's products.</param>
/// <param name="Control">All revenue of the products of other brands that no campaign makes busy over the group's range.</param>
/// <param name="Halo">The halo series' part: the brand's other products, which no campaign promotes over the range.</param>
internal sealed record SalesDay(int Day, decimal Treated, decimal Control, decimal Halo = 0m);
