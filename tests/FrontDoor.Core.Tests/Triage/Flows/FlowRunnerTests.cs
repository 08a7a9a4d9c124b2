using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Tests.Triage.Flows;

public sealed class FlowRunnerTests
{
    private static readonly TriageFlows Shipped = new();

    private static TriageFlow Flow(string id) => Shipped.Find(id)!;

    private static FlowStep Step(string flowId, string stepId) => Flow(flowId).Step(stepId)!;

    private static List<ContactAnswer> Intake(params (string Key, string Answer)[] answers) =>
        [.. answers.Select((a, i) => new ContactAnswer(Guid.NewGuid(), Guid.Empty, i, a.Key, "Question as asked", a.Answer))];

    private static Dictionary<string, string> Recorded(params (string Step, string Value)[] answers) =>
        answers.ToDictionary(a => a.Step, a => a.Value, StringComparer.Ordinal);

    [Fact]
    public void Run_WithNothingKnown_AsksTheStartStep()
    {
        var run = FlowRunner.Run(Flow("general-new-request"), Recorded(), Intake());

        Assert.Empty(run.Path);
        Assert.Equal("in-danger-now", run.NextStep!.Id);
        Assert.Null(run.Outcome);
        Assert.False(run.Finished);
        Assert.Empty(run.Risks);
    }

    [Fact]
    public void Run_WithDangerGivenAtIntake_NeverAsksIt_AndReachesTheEmergencyOutcome_WithItsAdviceAndRisk()
    {
        var run = FlowRunner.Run(Flow("general-new-request"), Recorded(), Intake(("in-danger-now", "Yes")));

        var step = Assert.Single(run.Path);
        Assert.Equal(("in-danger-now", "yes", FlowAnswerSource.Intake, "Yes"), (step.Step.Id, step.Value, step.Source, step.IntakeAnswer));
        Assert.Null(run.NextStep);
        Assert.Equal(("emergency", ContactOutcome.ReferredToSafeguarding, TriagePriority.Urgent), (run.Outcome!.Id, run.Outcome.Outcome, run.Outcome.Priority));
        Assert.Equal(["Tell the caller to ring 999 now if life is at risk. Stay on the line while they do if you can."], run.Advice);
        Assert.Equal([TriageRisk.ImmediateDanger], run.Risks);
    }

    [Fact]
    public void Run_ThroughEveryStep_FollowsTheChosenBranches_AndCollectsTheirRisks()
    {
        var run = FlowRunner.Run(
            Flow("general-new-request"),
            Recorded(("what-matters", "To stay at home"), ("care-in-place", "no-help"), ("strengths", "Can wash, cannot cook"), ("what-would-help", "assessment"), ("money", "no")),
            Intake(("in-danger-now", "No")));

        Assert.Equal(
            [("in-danger-now", FlowAnswerSource.Intake), ("what-matters", FlowAnswerSource.Advisor), ("care-in-place", FlowAnswerSource.Advisor), ("strengths", FlowAnswerSource.Advisor), ("what-would-help", FlowAnswerSource.Advisor), ("money", FlowAnswerSource.Advisor)],
            run.Path.Select(p => (p.Step.Id, p.Source)));
        Assert.Equal("financial-assessment", run.Outcome!.Id);
        Assert.Equal([TriageRisk.NoCareInPlace], run.Risks);
    }

    [Fact]
    public void Run_AfterTheAdvisorChangesAnEarlierBranch_LeavesAnswersOffTheNewPathOut()
    {
        var run = FlowRunner.Run(
            Flow("general-new-request"),
            Recorded(("in-danger-now", "yes"), ("what-matters", "To stay at home"), ("care-in-place", "no-help")),
            Intake());

        Assert.Equal(["in-danger-now"], run.Path.Select(p => p.Step.Id));
        Assert.Equal("emergency", run.Outcome!.Id);
        Assert.DoesNotContain(TriageRisk.NoCareInPlace, run.Risks);
    }

    [Fact]
    public void Run_WhenTheIntakeAnswerFitsNoOption_AsksTheStep_ShowingWhatIntakeSaid()
    {
        var run = FlowRunner.Run(Flow("general-new-request"), Recorded(), Intake(("in-danger-now", "I'm not sure")));

        Assert.Empty(run.Path);
        Assert.Equal("in-danger-now", run.NextStep!.Id);
        Assert.Equal("I'm not sure", run.UnfittedIntakeAnswer);
    }

    [Fact]
    public void Run_WithARecordedAnswerThatIsNotAnOption_AsksTheStepAgain()
    {
        var run = FlowRunner.Run(Flow("carer"), Recorded(("caring-breaking-down", "perhaps")), Intake());

        Assert.Empty(run.Path);
        Assert.Equal("caring-breaking-down", run.NextStep!.Id);
    }

    [Fact]
    public void Run_OnAHospitalEForm_TakesTheDateOptimisedAndCareNeedsFromIntake_AndAsksWhatFollows()
    {
        var run = FlowRunner.Run(
            Flow("hospital-discharge"),
            Recorded(),
            Intake(("discharge-date", "2 March 2026"), ("medically-optimised", "Not yet, but expected by the discharge date"), ("personal-care-needs", "Help to wash and dress")));

        Assert.Equal(
            [("discharge-date", "2026-03-02"), ("medically-optimised", "no"), ("needs-at-home", "Help to wash and dress")],
            run.Path.Select(p => (p.Step.Id, p.Value)));
        Assert.All(run.Path, p => Assert.Equal(FlowAnswerSource.Intake, p.Source));
        Assert.Equal("care-before", run.NextStep!.Id);
        Assert.Empty(run.Risks);
    }

    [Fact]
    public void Run_OnAMedicallyOptimisedDischarge_FollowsThePathwayGivenAtIntake()
    {
        var run = FlowRunner.Run(
            Flow("hospital-discharge"),
            Recorded(("discharge-date", "2026-03-02"), ("care-before", "Carers twice a day")),
            Intake(("medically-optimised", "Yes"), ("discharge-pathway", "Pathway 1"), ("personal-care-needs", "Help to wash")));

        Assert.Equal(["discharge-date", "medically-optimised", "pathway", "needs-at-home", "care-before"], run.Path.Select(p => p.Step.Id));
        Assert.Equal(FlowAnswerSource.Advisor, run.Path[0].Source);
        Assert.Equal("pathway-1", run.Path[2].Value);
        Assert.Equal("reablement", run.Outcome!.Id);
        Assert.Equal([TriageRisk.HospitalDischarge], run.Risks);
    }

    [Fact]
    public void Run_OnASafeguardingConcern_CollectsEveryRiskOfTheChosenOptions()
    {
        var run = FlowRunner.Run(
            Flow("safeguarding-concern"),
            Recorded(("kind-of-abuse", "self-neglect"), ("what-happened", "Not eating"), ("care-needs", "yes")),
            Intake(("in-danger-now", "No"), ("person-aware", "Yes, and they agree to me asking")));

        Assert.Equal(FlowAnswerSource.Intake, run.Path.Single(p => p.Step.Id == "person-aware").Source);
        Assert.Equal("mash", run.Outcome!.Id);
        Assert.Equal([TriageRisk.Safeguarding, TriageRisk.SelfNeglect], run.Risks);
    }

    [Theory]
    [InlineData("general-new-request", "in-danger-now", "Yes", "yes")]
    [InlineData("general-new-request", "in-danger-now", "no.", "no")]
    [InlineData("general-new-request", "in-danger-now", " YES ", "yes")]
    [InlineData("general-new-request", "in-danger-now", "Yes, the carer is in hospital", "yes")]
    [InlineData("general-new-request", "in-danger-now", "I'm not sure", null)]
    [InlineData("general-new-request", "in-danger-now", "Yesterday", null)]
    [InlineData("general-new-request", "in-danger-now", "", null)]
    [InlineData("hospital-discharge", "medically-optimised", "Yes", "yes")]
    [InlineData("hospital-discharge", "medically-optimised", "No", "no")]
    [InlineData("hospital-discharge", "medically-optimised", "Not yet, but expected by the discharge date", "no")]
    [InlineData("hospital-discharge", "pathway", "Pathway 2", "pathway-2")]
    [InlineData("hospital-discharge", "pathway", "pathway-3", "pathway-3")]
    [InlineData("hospital-discharge", "pathway", "Pathway 1: home with support", "pathway-1")]
    [InlineData("hospital-discharge", "pathway", "Pathway 5", null)]
    [InlineData("hospital-discharge", "discharge-date", "2 March 2026", "2026-03-02")]
    [InlineData("hospital-discharge", "discharge-date", "2026-03-02", "2026-03-02")]
    [InlineData("hospital-discharge", "discharge-date", "31 February 2026", null)]
    [InlineData("hospital-discharge", "discharge-date", "next Tuesday", null)]
    [InlineData("equipment-and-ot", "difficulty", "Uses a walking frame indoors", null)]
    [InlineData("safeguarding-concern", "person-aware", "  No  ", "No")]
    public void FromIntake_MapsTheWordsIntakeStored_OnlyWhenExactlyOneAnswerFits(string flowId, string stepId, string intake, string? expected) =>
        Assert.Equal(expected, FlowRunner.FromIntake(Step(flowId, stepId), intake));

    [Theory]
    [InlineData("general-new-request", "in-danger-now", "yes", "yes", null)]
    [InlineData("general-new-request", "in-danger-now", "", null, "Select yes or no")]
    [InlineData("general-new-request", "in-danger-now", "maybe", null, "Select one of the answers listed: Yes, No")]
    [InlineData("general-new-request", "care-in-place", null, null, "Select an answer")]
    [InlineData("general-new-request", "care-in-place", "managing", "managing", null)]
    [InlineData("hospital-discharge", "discharge-date", "2026-3-2", "2026-03-02", null)]
    [InlineData("hospital-discharge", "discharge-date", "2026-02-30", null, "Enter a real date, for example 27 3 2026")]
    [InlineData("hospital-discharge", "discharge-date", " ", null, "Enter a date")]
    [InlineData("general-new-request", "what-matters", "  To stay at home  ", "To stay at home", null)]
    [InlineData("general-new-request", "what-matters", "", null, "Enter an answer")]
    public void Check_AcceptsOnlyAnOptionARealDateOrText(string flowId, string stepId, string? input, string? value, string? error)
    {
        var check = FlowRunner.Check(Step(flowId, stepId), input);

        Assert.Equal((value, error), (check.Value, check.Error));
        Assert.Equal(error is null, check.IsValid);
    }

    [Fact]
    public void Check_RefusesTextLongerThanTheLimit()
    {
        var step = Step("general-new-request", "what-matters");

        Assert.True(FlowRunner.Check(step, new string('a', FlowRunner.MaxTextAnswerLength)).IsValid);
        Assert.Equal("Answer must be 2,000 characters or fewer", FlowRunner.Check(step, new string('a', FlowRunner.MaxTextAnswerLength + 1)).Error);
    }

    [Theory]
    [InlineData("hospital-discharge", "pathway", "pathway-1", "Pathway 1: home with support")]
    [InlineData("hospital-discharge", "discharge-date", "2026-03-02", "2 March 2026")]
    [InlineData("general-new-request", "what-matters", "To stay at home", "To stay at home")]
    public void Describe_ReadsAnAnswerBackInWords(string flowId, string stepId, string value, string expected) =>
        Assert.Equal(expected, FlowRunner.Describe(Step(flowId, stepId), value));
}
