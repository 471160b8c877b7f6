namespace RoiReportGen.Metrics.Incrementality;

/// <summary>One day of a group's sales: its products' total revenue and the control products' total.</summary>
/// <param name="Day">Day number.</param>
/// <param name="Treated">All revenue (organic and attributed) of the group's products.</param>
/// <param name="Control">All revenue of the products no campaign touches in the pre-period or the window.</param>
internal sealed record SalesDay(int Day, decimal Treated, decimal Control);
