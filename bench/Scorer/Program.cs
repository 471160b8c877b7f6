using System.Globalization;
using RoiReportGen.Tests.Support.Scoring;

// Scores the report's incrementality on simulated programmes against their known truth and prints the table;
// with --recommendations, builds each programme's site instead and scores its recommendations (confusion table).
//   Scorer [--seed N] [--programmes N] [--max-influencers N] [--shipped] [--recommendations]
//   (defaults: the evaluation list seed, 60 programmes, 600)
const string Usage = "usage: Scorer [--seed N] [--programmes N] [--max-influencers N] [--world NAME|all] [--parallel N] [--shipped] [--recommendations]";
var seed = ScoreSettings.EvaluationSeed;
var count = 60;
var maxInfluencers = 600;
var shipped = false;
var recommendations = false;
string? worldName = null;
var parallel = 1;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seed" when i + 1 < args.Length:
            seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--programmes" when i + 1 < args.Length:
            count = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--shipped":
            shipped = true; // the shipped data's options only (the simulator reproduces data/ byte for byte)
            break;
        case "--max-influencers" when i + 1 < args.Length:
            maxInfluencers = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--world" when i + 1 < args.Length:
            worldName = args[++i];
            break;
        case "--parallel" when i + 1 < args.Length:
            parallel = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--recommendations":
            recommendations = true;
            break;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

if (worldName is not null && worldName != "all" && ScoreWorld.Named(worldName) is null)
{
    Console.Error.WriteLine($"no world named '{worldName}': {string.Join(", ", ScoreWorld.All.Select(w => w.Name))} or all");
    return 2;
}

var worlds = worldName == "all" ? ScoreWorld.All : [worldName is null ? ScoreWorld.Default : ScoreWorld.Named(worldName)!];
var programmes = shipped ? [RoiReportGen.Simulation.SimulationOptions.Default] : ScoreSettings.Draw(seed, count, maxInfluencers, worlds[0]);
count = programmes.Count;
var work = Directory.CreateTempSubdirectory("roireportgen-score-").FullName;
var settings = shipped ? "The shipped data's options (SimulationOptions.Default)." : string.Create(CultureInfo.InvariantCulture, $"List seed {seed} ({(seed == ScoreSettings.TuningSeed ? "tuning" : seed == ScoreSettings.EvaluationSeed ? "evaluation" : "other")}); settings: {ScoreSettings.Ranges}.");
try
{
    if (recommendations)
    {
        var confusion = RecommendationScorer.ScoreAll(programmes, work, (i, p) => Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{i + 1,3}/{count}  influencers {programmes[i].Influencers,3}  cut {p.CutRight.Right}/{p.CutRight.Of} lose money  scale {p.ScaleRight.Right}/{p.ScaleRight.Of} pay back")));
        Console.WriteLine(settings);
        Console.WriteLine();
        Console.Write(confusion.ToMarkdown());
        return 0;
    }

    if (worlds.Count > 1 || worldName is not null)
    {
        var cards = new List<(ScoreWorld, Scorecard)>();
        foreach (var world in worlds)
        {
            var drawn = ScoreSettings.Draw(seed, count, maxInfluencers, world);
            var worldCard = Scorer.ScoreAll(drawn, work, (i, p) => Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{world.Name,-14} {i + 1,3}/{count}  influencers {p.Options.Influencers,3}  truth {p.TrueHeadline:0.000}  new {p.Headline:0.000} [{p.HeadlineLow:0.000}, {p.HeadlineHigh:0.000}] ({p.HeadlineError:+0.0;-0.0}%)  covered {p.Campaigns.Count(c => c.Covered == true)}/{p.Campaigns.Count(c => c.Covered is not null)}")), parallel);
            cards.Add((world, worldCard));
        }

        Console.WriteLine(settings);
        Console.WriteLine();
        Console.Write(WorldTable.ToMarkdown(cards));
        return 0;
    }

    var card = Scorer.ScoreAll(programmes, work, (i, p) => Console.Error.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{i + 1,3}/{count}  influencers {p.Options.Influencers,3}  overlap {p.Options.Overlap:0.00}  trend {p.Options.Trend:0.00}  cannib {p.Options.Cannibalisation:0.00}  noise {p.Options.Noise:0.00}  halo {p.Options.Halo:0.00}  truth {p.TrueHeadline:0.000}  new {p.Headline:0.000} [{p.HeadlineLow:0.000}, {p.HeadlineHigh:0.000}] ({p.HeadlineError:+0.0;-0.0}%; pooled truth {p.TrueHeadlineMeasured:0.000}, {p.HeadlineErrorMeasured:+0.0;-0.0}%)  naive {p.NaiveHeadline:0.000}  covered {p.Campaigns.Count(c => c.Covered == true)}/{p.Campaigns.Count(c => c.Covered is not null)}  no-baseline {p.Campaigns.Count(c => c.NoBaseline)}/{p.Campaigns.Count}")), parallel);
    Console.WriteLine(settings);
    Console.WriteLine();
    Console.Write(card.ToMarkdown());
    return 0;
}
catch (Exception e) when (recommendations && e is FileNotFoundException or InvalidDataException or InvalidOperationException)
{
    // A site without recommendations.csv (a build from before issue 15), a file that breaks the contract or a failed build: one line.
    Console.Error.WriteLine(e.Message);
    return 2;
}
finally
{
    Directory.Delete(work, recursive: true);
}
