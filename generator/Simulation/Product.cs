namespace RoiReportGen.Simulation;

/// <summary>A product on sale: brand, name as it appears in tracking data, list price in INR.</summary>
/// <param name="ShortName">What an influencer calls it in a caption.</param>
/// <param name="Popularity">Relative share of organic orders.</param>
internal sealed record Product(string Brand, string Name, string ShortName, decimal Price, double Popularity);
