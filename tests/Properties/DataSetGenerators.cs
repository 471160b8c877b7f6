using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace RoiReportGen.Tests.Properties;

/// <summary>
/// Small random data sets that are valid-ish: a few platforms (one spelt twice), influencers,
/// campaigns, posts, organic and attributed tracking rows, payout rows with and without a campaign;
/// now and then an unknown id, a zero or a blank that the loader has to report.
/// </summary>
public static class DataSetGenerators
{
    private static readonly string[] Platforms = ["Instagram", "YouTube", "Twitter", "instagram", "You Tube"];
    private static readonly string[] Campaigns = ["C1", "C2", "C3", "C4"];
    private static readonly string[] Brands = ["MuscleBlaze", "HKVitals", ""];
    private static readonly string[] Products = ["Whey", "Creatine", "Multivitamin"];

    public static Arbitrary<CsvDataSet> DataSets() => Arb.From(DataSet());

    public static Gen<CsvDataSet> DataSet() =>
        from count in Gen.Choose(1, 6)
        from influencers in Gen.CollectToList(Enumerable.Range(1, count), Influencer)
        let ids = Enumerable.Range(1, count).Select(i => "I" + i).Append("I99").ToArray()
        from postRows in Gen.Choose(0, 10).SelectMany(n => Gen.ArrayOf(Post(ids), n))
        from trackingRows in Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(Tracking(ids), n))
        from payoutRows in Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Payout(ids), n))
        select new CsvDataSet(
            Lines("influencer_id,name,platform,category,gender,follower_count", influencers),
            Lines("post_id,influencer_id,platform,date,url,caption,reach,likes,comments", postRows),
            Lines("date,source,campaign,influencer_id,user_id,brand,product,orders,revenue", trackingRows),
            Lines("influencer_id,campaign,basis,rate,orders,total_payout", payoutRows));

    private static Gen<string> Influencer(int i) =>
        from platform in Gen.Elements(Platforms)
        from followers in Gen.Choose(0, 2_000_000)
        from category in Gen.Elements("Fitness", "Nutrition", "")
        from gender in Gen.Elements("Female", "Male", "")
        select Invariant($"I{i},Name {i},{platform},{category},{gender},{followers}");

    private static Gen<string> Post(string[] ids) =>
        from id in Gen.Elements(ids)
        from day in Gen.Choose(0, 90)
        from reach in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 10_000)))
        from likes in Gen.Choose(0, 500)
        from comments in Gen.Choose(0, 100)
        select Invariant($"P,{id},,{Date(day)},https://example.com/p,caption,{reach},{likes},{comments}");

    private static Gen<string> Tracking(string[] ids) =>
        from organic in Gen.Elements(true, false)
        from day in Gen.Choose(0, 90)
        from campaign in Gen.Elements(Campaigns)
        from id in Gen.Elements(ids)
        from brand in Gen.Elements(Brands)
        from product in Gen.Elements(Products)
        from orders in Gen.Choose(0, 5)
        from paise in Gen.Choose(0, 10_000_000)
        select organic
            ? Invariant($"{Date(day)},organic,,,U,{brand},{product},{orders},{Money(paise)}")
            : Invariant($"{Date(day)},instagram,{campaign},{id},U,{brand},{product},{orders},{Money(paise)}");

    private static Gen<string> Payout(string[] ids) =>
        from id in Gen.Elements(ids)
        from campaign in Gen.Elements(Campaigns.Append("").Append("").ToArray())
        from basis in Gen.Elements("post", "order", "Per Order")
        from rate in Gen.Choose(0, 5000)
        from orders in Gen.Elements("", "1", "3")
        from paise in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 50_000_000)))
        select Invariant($"{id},{campaign},{basis},{rate},{orders},{Money(paise)}");

    private static string Date(int day) => new DateOnly(2025, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(int paise) => (paise / 100m).ToString(CultureInfo.InvariantCulture);

    private static string Lines(string header, IEnumerable<string> rows) => string.Join("\n", rows.Prepend(header)) + "\n";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
