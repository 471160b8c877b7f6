namespace RoiReportGen.Simulation;

/// <summary>Indian and English first and last names, and a few full names written in Devanagari.</summary>
internal static class NameBank
{
    private static readonly string[] IndianFemale =
    [
        "Priya", "Ananya", "Kavya", "Aditi", "Sneha", "Pooja", "Riya", "Neha", "Ishita", "Meera",
        "Diya", "Nandini", "Shruti", "Tanvi", "Aishwarya", "Lakshmi", "Fatima", "Simran", "Harpreet", "Zoya",
    ];

    private static readonly string[] IndianMale =
    [
        "Rahul", "Arjun", "Vikram", "Rohan", "Aditya", "Karan", "Siddharth", "Aman", "Varun", "Nikhil",
        "Ravi", "Abhishek", "Imran", "Gurpreet", "Harsh", "Manish", "Suresh", "Yash", "Kabir", "Farhan",
    ];

    private static readonly string[] EnglishFemale = ["Emma", "Olivia", "Sophie", "Chloe", "Grace", "Hannah", "Lucy", "Mia"];

    private static readonly string[] EnglishMale = ["James", "Oliver", "Jack", "Harry", "Daniel", "Ethan", "Liam", "Ryan"];

    private static readonly string[] IndianLast =
    [
        "Sharma", "Verma", "Gupta", "Singh", "Patel", "Reddy", "Iyer", "Nair", "Menon", "Kapoor",
        "Malhotra", "Chopra", "Joshi", "Kulkarni", "Deshmukh", "Banerjee", "Chatterjee", "Das", "Khan", "Sheikh",
        "Gill", "Sandhu", "Rao", "Pillai", "Mehta", "Shah", "Bhat", "Saxena", "Agarwal", "Mishra",
    ];

    private static readonly string[] EnglishLast = ["Smith", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Hughes", "D'Souza", "Fernandes"];

    // Full names in Devanagari with their romanised handle: the report must render Hindi.
    private static readonly (string Name, string Gender, string Handle)[] Devanagari =
    [
        ("प्रिया शर्मा", "Female", "priya.sharma"),
        ("राहुल वर्मा", "Male", "rahul.verma"),
        ("अनन्या गुप्ता", "Female", "ananya.gupta"),
        ("विक्रम सिंह", "Male", "vikram.singh"),
        ("स्नेहा जोशी", "Female", "sneha.joshi"),
        ("अर्जुन मिश्रा", "Male", "arjun.mishra"),
        ("पूजा अग्रवाल", "Female", "pooja.agarwal"),
        ("रोहन सक्सेना", "Male", "rohan.saxena"),
    ];

    /// <summary>Draws a name: mostly Indian, some English, about one in twenty-five in Devanagari.</summary>
    public static PersonName Next(SplitMix64 rng)
    {
        if (rng.Chance(0.04))
        {
            var (name, gender, handle) = Devanagari[rng.NextInt(Devanagari.Length)];
            return new PersonName(name, gender, handle);
        }

        var female = rng.Chance(0.5);
        var english = rng.Chance(0.12);
        var first = english
            ? rng.Pick(female ? EnglishFemale : EnglishMale)
            : rng.Pick(female ? IndianFemale : IndianMale);
        var last = english && rng.Chance(0.7) ? rng.Pick(EnglishLast) : rng.Pick(IndianLast);
        return new PersonName($"{first} {last}", female ? "Female" : "Male", MakeHandle(first, last));
    }

    private static string MakeHandle(string first, string last)
    {
        Span<char> buffer = stackalloc char[first.Length + last.Length + 1];
        var length = 0;
        foreach (var c in first + "." + last)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
