namespace FrontDoor.Matching.Normalisation;

/// <summary>
/// Common British short forms, written for FrontDoor. The general table is American-leaning and
/// misses several of these (Alf, Bert, Sid, Kath, Mags...).
/// </summary>
internal static class BritishNicknames
{
    private static readonly string[] Groups =
    [
        "alfred: alf alfie fred freddie",
        "albert: bert bertie al",
        "herbert: bert bertie herb",
        "robert: bob bobby rob robbie bert bertie",
        "hubert: bert",
        "gilbert: bert gil",
        "sidney: sid",
        "sydney: sid syd",
        "katherine: kath kathy kate katie kat kay kit",
        "catherine: cath cathy kate katie cat kay",
        "kathleen: kath kathy kate katie",
        "kathryn: kath kathy kate katie",
        "patricia: pat patsy trish tricia patty",
        "patrick: pat paddy",
        "margaret: mags maggie meg peggy peg marge madge greta rita",
        "james: jim jimmy jamie jimbo",
        "william: bill billy will willie liam",
        "elizabeth: liz lizzie beth betty bet bess bessie libby eliza elsie lisa",
        "edward: ed eddie ted teddy ned",
        "edwin: ed eddie",
        "edmund: ed eddie ted ned",
        "frederick: fred freddie freddy",
        "henry: harry hal hank",
        "harold: harry hal",
        "john: jack johnny",
        "jonathan: jon jonny",
        "richard: dick rick ricky rich richie",
        "charles: charlie chas chuck",
        "thomas: tom tommy",
        "anthony: tony ant",
        "antony: tony ant",
        "christopher: chris kit",
        "christine: chris chrissie tina",
        "christina: chris chrissie tina",
        "michael: mike mick micky mickey",
        "stephen: steve stevie",
        "steven: steve stevie",
        "peter: pete",
        "david: dave davy",
        "daniel: dan danny",
        "joseph: joe joey",
        "josephine: jo josie",
        "joanne: jo",
        "leonard: len lenny leo",
        "lawrence: laurie larry",
        "laurence: laurie larry",
        "terence: terry tel",
        "gerald: gerry",
        "geraldine: gerry",
        "raymond: ray",
        "ronald: ron ronnie",
        "donald: don donny",
        "kenneth: ken kenny",
        "reginald: reg reggie",
        "norman: norm",
        "stanley: stan",
        "arthur: art artie",
        "archibald: archie",
        "bernard: bernie",
        "douglas: doug dougie",
        "francis: frank fran",
        "frances: fran fanny frankie",
        "samuel: sam sammy",
        "samantha: sam sammy",
        "alexander: alex alec sandy al",
        "alexandra: alex sandra sandy",
        "andrew: andy drew",
        "benjamin: ben benny",
        "matthew: matt",
        "nicholas: nick nicky",
        "timothy: tim timmy",
        "philip: phil pip",
        "vincent: vince vinny",
        "victoria: vicky vicki tori",
        "jennifer: jen jenny",
        "susan: sue susie",
        "suzanne: sue suzy",
        "deborah: debbie deb",
        "rebecca: becky becca",
        "dorothy: dot dotty dottie dolly",
        "doreen: dot",
        "mary: molly polly mollie",
        "sarah: sally sadie",
        "ann: annie nan nancy",
        "anne: annie nan nancy",
        "annie: nan",
        "helen: nell nellie",
        "eleanor: nell nellie ellie",
        "ellen: nell nellie",
        "winifred: winnie win freda",
        "gwendoline: gwen",
        "gwendolyn: gwen",
        "jacqueline: jackie jacqui",
        "pamela: pam",
        "barbara: barb babs",
        "beatrice: bea trixie",
        "florence: flo florrie",
        "gertrude: gert gertie",
        "mildred: millie",
        "amelia: millie milly",
        "millicent: millie milly",
        "agnes: aggie nessie",
        "theresa: tess tessa terri",
        "teresa: tess tessa terri",
        "valerie: val",
        "veronica: ronnie",
        "wilfred: wilf",
        "maureen: mo",
        "maurice: mo",
        "marjorie: marge madge",
    ];

    private static readonly System.Collections.Frozen.FrozenSet<(string, string)> ShortForms =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Edges());

    // Short forms that are also registered as first names in their own right (the ONS's lists of names given at birth
    // hold them for decades): a twin may be Jack beside John, or Betty beside Elizabeth.
    private static readonly System.Collections.Frozen.FrozenSet<string> RegisteredInTheirOwnRight = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "alfie", "archie", "betty", "bessie", "charlie", "eliza", "ellie", "elsie", "frank", "freda", "freddie", "greta", "harry", "jack",
        "jamie", "kate", "katie", "leo", "liam", "lisa", "millie", "milly", "molly", "nancy", "nell", "polly", "rita", "sadie", "sally",
        "sandra", "tessa", "tina", "tori",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether one name is a British short form of the other (Elizabeth and Liz, William and Bill): one name written two
    /// ways. Unlike the general table's equivalences (John and Ian, Joanna and Hannah), and short forms that are names in
    /// their own right (Jack, Betty, Liam), these are not given to two children of one family.
    /// </summary>
    public static bool IsShortForm(string a, string b) =>
        (ShortForms.Contains((a, b)) && !RegisteredInTheirOwnRight.Contains(b)) || (ShortForms.Contains((b, a)) && !RegisteredInTheirOwnRight.Contains(a));

    public static IEnumerable<(string Name, string Nickname)> Edges()
    {
        foreach (var group in Groups)
        {
            var colon = group.IndexOf(':', StringComparison.Ordinal);
            var name = group[..colon];
            foreach (var nickname in group[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return (name, nickname);
            }
        }
    }
}
