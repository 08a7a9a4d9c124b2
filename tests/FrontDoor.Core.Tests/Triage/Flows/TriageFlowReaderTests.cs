using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Tests.Triage.Flows;

public sealed class TriageFlowReaderTests
{
    // A small flow that uses every field; each test breaks one thing in it.
    private const string Valid = """
        # yaml-language-server: $schema=flow.schema.json
        id: sample
        title: Sample flow
        version: 2
        summary: A flow for the tests.
        start: danger
        steps:
          - id: danger
            question: Is anyone in danger now?
            hint: Danger now.
            say: I need to ask first.
            answer: yes-no
            prefill: in-danger-now
            options:
              - value: "yes"
                label: "Yes"
                next: emergency
                advice: Ring 999.
                risks: [immediate-danger, safeguarding]
              - value: "no"
                label: "No"
                next: story
          - id: story
            question: What happened?
            answer: text
            next: advice
        outcomes:
          - id: emergency
            title: 999 now
            outcome: referred-to-safeguarding
            priority: urgent
            advice: Call the MASH.
          - id: advice
            outcome: information-and-advice
            priority: low
            advice: Give advice.
        """;

    [Fact]
    public void Read_AValidFlow_GivesEveryFieldAsWritten()
    {
        var result = TriageFlowReader.Read("sample.yaml", Valid);

        Assert.Empty(result.Problems);
        var flow = result.Flow!;
        Assert.Equal(("sample", "Sample flow", 2, "danger"), (flow.Id, flow.Title, flow.Version, flow.Start));
        var danger = flow.Step("danger")!;
        Assert.Equal((FlowAnswerKind.YesNo, "in-danger-now", "I need to ask first."), (danger.Answer, danger.Prefill, danger.Say));
        Assert.Equal(["emergency", "story"], danger.Leads);
        Assert.Equal([TriageRisk.ImmediateDanger, TriageRisk.Safeguarding], danger.Options[0].Risks);
        Assert.Equal((ContactOutcome.ReferredToSafeguarding, TriagePriority.Urgent, "999 now"), (flow.Outcome("emergency")!.Outcome, flow.Outcome("emergency")!.Priority, flow.Outcome("emergency")!.Title));
        Assert.Null(flow.Outcome("advice")!.Title);
    }

    [Fact]
    public void ReadShipped_AllValid_AndTheFlowsTheFrontDoorNeeds()
    {
        var set = TriageFlowFiles.ReadShipped();

        Assert.Empty(set.Problems);
        Assert.Equal(
            ["carer", "equipment-and-ot", "general-new-request", "hospital-discharge", "mental-health-crisis", "not-for-adult-social-care", "person-already-allocated", "safeguarding-concern"],
            set.Flows.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_OffersEveryOutcomeATriagePathCanSuggest()
    {
        var schema = JsonNode.Parse(TriageFlowReader.SchemaText)!;
        var offered = schema["$defs"]!["outcome"]!["properties"]!["outcome"]!["enum"]!.AsArray().Select(o => o!.GetValue<string>());

        // Withdrawn is the caller's choice, never a script's suggestion.
        var outcomes = Enum.GetValues<ContactOutcome>().Where(o => o != ContactOutcome.Withdrawn).Select(o => JsonNamingPolicy.KebabCaseLower.ConvertName(o.ToString()));
        Assert.Equal(outcomes.Order(StringComparer.Ordinal), offered.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("version: 2", "version: 0", 4, "version: should be 1 or more")]
    [InlineData("summary: A flow for the tests.", "summary: A flow for the tests.\ncolour: blue", 6, "the flow: \"colour\" is not a field here")]
    [InlineData("    answer: text\n", "    answer: essay\n", 25, "step 2: answer: \"essay\" is not one of text, yes-no, choice, date")]
    [InlineData("  - id: story", "  - id: Story_Step", 23, "step 2: id: \"Story_Step\" is not an id")]
    [InlineData("    outcome: information-and-advice", "    outcome: referred-to-the-moon", 34, "outcome 2: outcome: \"referred-to-the-moon\" is not one of information-and-advice, signposted")]
    [InlineData("    priority: low", "    priority: whenever", 35, "outcome 2: priority: \"whenever\" is not one of urgent, high, medium, low")]
    [InlineData("    question: What happened?\n", "", 23, "step 2: missing question")]
    [InlineData("        risks: [immediate-danger, safeguarding]", "        risks: [immediate-danger, bad-weather]", 19, "step 1, option 1, risk 2: \"bad-weather\" is not one of immediate-danger")]
    public void Read_AFileOfTheWrongShape_NamesTheLineAndWhatIsWrong(string replace, string with, int line, string reason)
    {
        var problem = Assert.Single(Problems(Valid.Replace(replace, with, StringComparison.Ordinal)));

        Assert.Equal(line, problem.Line);
        Assert.StartsWith(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    next: advice", "    next: advise", 26, "step \"story\": next \"advise\" is not a step or outcome in this flow")]
    [InlineData("        next: emergency", "        next: emergancy", 17, "step \"danger\", option \"yes\": next \"emergancy\" is not a step or outcome in this flow")]
    [InlineData("start: danger", "start: advice", 6, "start: \"advice\" is an outcome; a flow starts with a step")]
    [InlineData("  - id: advice", "  - id: story", 33, "the id \"story\" is used twice (first at line 23)")]
    [InlineData("id: sample", "id: example", 2, "the flow's id is \"example\" but the file is named sample.yaml: name it example.yaml")]
    [InlineData("      - value: \"no\"", "      - value: \"perhaps\"", 14, "step \"danger\": a yes-no question has exactly two options, yes and no")]
    [InlineData("    answer: text\n    next: advice", "    answer: text\n    next: story", 23, "step \"story\" leads back to itself")]
    [InlineData("    answer: text\n    next: advice", "    answer: choice\n    next: advice", 23, "step \"story\": a choice question needs options")]
    [InlineData("    outcome: information-and-advice", "    outcome: referred-to-safeguarding", 33, "outcome \"advice\": 2 endings suggest referred-to-safeguarding; give each its own title to tell them apart")]
    public void Read_AFlowThatBreaksARule_NamesTheLineAndTheRule(string replace, string with, int line, string reason)
    {
        var problems = Problems(Valid.Replace(replace, with, StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Line == line && p.Reason.StartsWith(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ALoopThroughSeveralSteps_IsRefusedAtTheStepReachedAgain()
    {
        var looped = Valid.Replace("    answer: text\n    next: advice", "    answer: text\n    next: danger", StringComparison.Ordinal);

        var problems = Problems(looped);

        Assert.Contains(problems, p => p.Line == 8 && p.Reason == "step \"danger\" is reached again from a later step: a loop, so a path could never end in an outcome");
    }

    [Fact]
    public void Read_AStepAndAnOutcomeNobodyReaches_AreEachNamed()
    {
        var orphaned = Valid.Replace("        next: story", "        next: advice", StringComparison.Ordinal);

        var problems = Problems(orphaned);

        Assert.Equal(["step \"story\" is never reached from the start"], problems.Select(p => p.Reason));
        Assert.Equal(23, problems[0].Line);
    }

    [Theory]
    [InlineData("id: sample\ntitle: [unclosed\n", 3, "not valid YAML")]
    [InlineData("id: sample\nid: again\n", 2, "not valid YAML")]
    [InlineData("", 0, "the file is empty")]
    [InlineData("id: sample\n---\nid: other\n", 0, "a file holds one flow")]
    [InlineData("- just\n- a list\n", 1, "the flow: should be a set of fields")]
    public void Read_TextThatIsNotOneFlow_SaysSoWithoutThrowing(string text, int line, string reason)
    {
        var problem = Assert.Single(Problems(text));

        Assert.Equal(line, problem.Line);
        Assert.StartsWith(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSet_ATooLargeFile_IsRefusedUnread()
    {
        var set = TriageFlowFiles.Read([("sample.yaml", Valid), ("huge.yaml", new string('#', TriageFlowFiles.MaxFileBytes + 1))]);

        Assert.Equal(["sample"], set.Flows.Select(f => f.Id));
        Assert.Equal("huge.yaml: larger than 256 KB: a flow file is a page or two of YAML", Assert.Single(set.Problems).ToString());
    }

    [Fact]
    public void TriageFlows_WithABrokenFlow_RefusesToStartNamingTheFileAndLine()
    {
        var broken = TriageFlowFiles.Read([("sample.yaml", Valid.Replace("version: 2", "version: 0", StringComparison.Ordinal))]);

        var ex = Assert.Throws<InvalidConfigurationException>(() => new TriageFlows(broken));

        Assert.Equal("A triage flow is not valid: sample.yaml:4: version: should be 1 or more", ex.Message);
    }

    [Fact]
    public void TriageFlows_Shipped_AreListedByTitleAndFoundById()
    {
        var flows = new TriageFlows();

        Assert.Equal(flows.All.Select(f => f.Title).Order(StringComparer.Ordinal), flows.All.Select(f => f.Title));
        Assert.Equal("Hospital discharge", flows.Find("hospital-discharge")!.Title);
        Assert.Null(flows.Find("no-such-flow"));
    }

    private static IReadOnlyList<FlowProblem> Problems(string text)
    {
        var result = TriageFlowReader.Read("sample.yaml", text);
        Assert.Null(result.Flow);
        return result.Problems;
    }
}
