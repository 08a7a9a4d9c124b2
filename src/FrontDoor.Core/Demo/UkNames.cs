namespace FrontDoor.Core.Demo;

/// <summary>
/// Name data for the synthetic demo county: common names of England's older population (who make most adult
/// social care contacts), of their children, and of the East Midlands' South Asian and Eastern European
/// communities. Weighted by repetition is not needed: the generator skews choice towards the start of each list.
/// </summary>
internal static class UkNames
{
    public static readonly string[] FemaleGiven =
    [
        "Margaret", "Mary", "Patricia", "Jean", "Susan", "Elizabeth", "Joan", "Dorothy", "Barbara", "Christine",
        "Linda", "Janet", "Pauline", "Sheila", "Brenda", "Doris", "Betty", "Kathleen", "Sandra", "Valerie",
        "Ann", "Anne", "Carol", "Irene", "Maureen", "Joyce", "Sylvia", "Eileen", "Gillian", "Jacqueline",
        "Catherine", "Katherine", "Helen", "Sarah", "Julie", "Karen", "Deborah", "Alison", "Rebecca", "Victoria",
        "Emma", "Claire", "Nicola", "Rachel", "Jennifer", "Lisa", "Michelle", "Amanda", "Louise", "Hannah",
        "Eleanor", "Florence", "Edith", "Gladys", "Winifred", "Ivy", "Vera", "Hilda", "Marjorie", "Audrey",
        "Priya", "Sunita", "Harjinder", "Rekha", "Nisha", "Jaswinder", "Manjula", "Hansa", "Fatima", "Ayesha",
        "Agnieszka", "Katarzyna", "Joanna", "Alexandra", "Charlotte", "Rose", "Lily", "Grace", "Amelia", "Sophie",
    ];

    public static readonly string[] MaleGiven =
    [
        "John", "David", "Michael", "Peter", "Robert", "William", "James", "Brian", "Anthony", "Kenneth",
        "George", "Ronald", "Alan", "Keith", "Colin", "Derek", "Roy", "Dennis", "Raymond", "Terence",
        "Christopher", "Stephen", "Richard", "Thomas", "Edward", "Harold", "Frederick", "Albert", "Alfred", "Arthur",
        "Leslie", "Geoffrey", "Donald", "Frank", "Eric", "Stanley", "Walter", "Ernest", "Sidney", "Herbert",
        "Paul", "Mark", "Andrew", "Gary", "Ian", "Neil", "Martin", "Simon", "Daniel", "Matthew",
        "Joseph", "Samuel", "Henry", "Charles", "Jack", "Harry", "Oliver", "Liam", "Sean", "Philip",
        "Rajesh", "Pritesh", "Harjit", "Amrit", "Mohammed", "Imran", "Sanjay", "Dinesh", "Kuldip", "Yusuf",
        "Krzysztof", "Piotr", "Tomasz", "Alexander", "Dean", "Craig", "Wayne", "Lee", "Jason", "Scott",
    ];

    public static readonly string[] Family =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
        "Clarke", "Clark", "Harris", "Lewis", "Turner", "Hill", "Cooper", "Ward", "Morris", "King",
        "Baker", "Harrison", "Morgan", "Allen", "Martin", "Young", "Lee", "Moore", "Scott", "Parker",
        "Bennett", "Cook", "Shaw", "Bailey", "Richardson", "Cox", "Chapman", "Mason", "Marshall", "Webb",
        "Mistry", "Parmar", "Chauhan", "Lakhani", "Solanki", "Mehta", "Shah", "Chohan", "Kaur", "Singh",
        "Khan", "Ahmed", "Hussain", "Ali", "Begum", "Rahman", "Sandhu", "Gill", "Bhatt", "Joshi",
        "Nowak", "Kowalski", "Wisniewski", "O'Brien", "McDonald", "Murphy", "Kelly", "Fletcher", "Burton", "Hunt",
        "Phillips", "Philips", "Thomson", "Stevens", "Stephens", "Matthews", "Atkinson", "Holmes", "Barker", "Palmer",
        "Spencer", "Lawrence", "Pearson", "Dixon", "Hughes", "Edwards", "Lloyd", "Price", "Griffiths", "Owen",
        "Smith-Jones", "Hart-Davis", "Ashby", "Pickering", "Tebbutt", "Loake", "Squires", "Bramley", "Hickling", "Oakley",
    ];

    /// <summary>Known-as names people use and records carry (the equivalences matching must see through).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Diminutives = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["William"] = ["Bill", "Will", "Billy"],
        ["Robert"] = ["Bob", "Rob", "Bert"],
        ["Margaret"] = ["Maggie", "Peggy", "Mags", "Meg"],
        ["Elizabeth"] = ["Liz", "Betty", "Beth"],
        ["Catherine"] = ["Kate", "Cathy"],
        ["Katherine"] = ["Kath", "Kate", "Kathy"],
        ["Kathleen"] = ["Kath", "Kathy"],
        ["Patricia"] = ["Pat", "Trish"],
        ["James"] = ["Jim", "Jimmy"],
        ["John"] = ["Jack", "Johnny"],
        ["Richard"] = ["Dick", "Rick"],
        ["Edward"] = ["Ted", "Eddie"],
        ["Albert"] = ["Bert", "Bertie"],
        ["Alfred"] = ["Alf", "Fred"],
        ["Frederick"] = ["Fred", "Freddie"],
        ["Anthony"] = ["Tony"],
        ["Susan"] = ["Sue", "Susie"],
        ["Dorothy"] = ["Dot", "Dolly"],
        ["Thomas"] = ["Tom", "Tommy"],
        ["Michael"] = ["Mike", "Mick"],
        ["Christopher"] = ["Chris"],
        ["Christine"] = ["Chris", "Chrissie"],
        ["Kenneth"] = ["Ken", "Kenny"],
        ["Ronald"] = ["Ron", "Ronnie"],
        ["Harold"] = ["Harry"],
        ["Henry"] = ["Harry"],
        ["Joseph"] = ["Joe"],
        ["Sidney"] = ["Sid"],
        ["Herbert"] = ["Bert", "Herb"],
        ["Barbara"] = ["Babs", "Barb"],
        ["Jennifer"] = ["Jenny", "Jen"],
        ["Deborah"] = ["Debbie", "Deb"],
        ["Stephen"] = ["Steve"],
        ["Peter"] = ["Pete"],
        ["Samuel"] = ["Sam"],
        ["Daniel"] = ["Dan", "Danny"],
        ["Matthew"] = ["Matt"],
        ["Andrew"] = ["Andy", "Drew"],
        ["Alexander"] = ["Alex", "Sandy"],
        ["Alexandra"] = ["Alex", "Sandra"],
        ["Victoria"] = ["Vicky"],
        ["Rebecca"] = ["Becky"],
        ["Gillian"] = ["Gill", "Jill"],
        ["Jacqueline"] = ["Jackie"],
        ["Mary"] = ["Molly", "Polly"],
        ["Eleanor"] = ["Ellie", "Nell"],
        ["Winifred"] = ["Winnie"],
        ["Leslie"] = ["Les"],
        ["Geoffrey"] = ["Geoff"],
        ["Terence"] = ["Terry"],
        ["Raymond"] = ["Ray"],
        ["Derek"] = ["Del"],
        ["Donald"] = ["Don"],
        ["Stanley"] = ["Stan"],
        ["Walter"] = ["Wally"],
        ["Ernest"] = ["Ernie"],
        ["Arthur"] = ["Art"],
        ["Valerie"] = ["Val"],
        ["Pauline"] = ["Pauly"],
        ["Mohammed"] = ["Mo"],
        ["Krzysztof"] = ["Chris"],
        ["Agnieszka"] = ["Aga"],
    };

    /// <summary>Spellings that clerks and callers swap.</summary>
    public static readonly (string, string)[] SpellingVariants =
    [
        ("Thompson", "Thomson"), ("Phillips", "Philips"), ("Clarke", "Clark"), ("Stephen", "Steven"),
        ("Catherine", "Katherine"), ("John", "Jon"), ("Mohammed", "Muhammad"), ("Sean", "Shaun"),
        ("Stephens", "Stevens"), ("Ann", "Anne"), ("Geoffrey", "Jeffrey"), ("Philip", "Phillip"),
        ("Matthews", "Mathews"), ("Sidney", "Sydney"), ("Mistry", "Mistri"), ("Chauhan", "Chohan"),
    ];

    public static readonly string[] Streets =
    [
        "High Street", "Church Lane", "Main Street", "Station Road", "Victoria Road", "Mill Lane", "The Green",
        "Park Road", "London Road", "Leicester Road", "Ashby Road", "Forest Road", "Queens Road", "Manor Close",
        "Orchard Way", "Meadow View", "Beech Drive", "Oak Avenue", "Hinckley Road", "Narborough Road",
        "Belgrave Gate", "Melton Road", "Uppingham Road", "Welford Road", "Spinney Hill Road", "Loughborough Road",
        "Charnwood Avenue", "Bradgate Road", "Swithland Lane", "Kirby Road", "Windmill Road", "Coronation Avenue",
    ];

    /// <summary>Towns with their postcode districts.</summary>
    public static readonly (string Town, string[] Districts)[] Towns =
    [
        ("Leicester", ["LE1", "LE2", "LE3", "LE4", "LE5"]),
        ("Loughborough", ["LE11", "LE12"]),
        ("Hinckley", ["LE10"]),
        ("Melton Mowbray", ["LE13", "LE14"]),
        ("Coalville", ["LE67"]),
        ("Ashby-de-la-Zouch", ["LE65"]),
        ("Market Harborough", ["LE16"]),
        ("Lutterworth", ["LE17"]),
        ("Wigston", ["LE18"]),
        ("Oadby", ["LE2"]),
        ("Oakham", ["LE15"]),
        ("Syston", ["LE7"]),
        ("Blaby", ["LE8"]),
        ("Narborough", ["LE19", "LE9"]),
    ];

    public static readonly string[] InterpreterLanguages = ["Gujarati", "Punjabi", "Urdu", "Polish", "Bengali", "Somali", "Arabic", "Hindi"];
}
