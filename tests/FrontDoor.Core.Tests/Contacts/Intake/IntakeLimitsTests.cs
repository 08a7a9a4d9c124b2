using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FrontDoor.Core.Tests.Contacts.Intake;

public sealed class IntakeLimitsTests
{
    public static TheoryData<string, string, int> Columns => new()
    {
        { "Caller", "Name", IntakeLimits.MaxCallerNameLength },
        { "Caller", "Relationship", IntakeLimits.MaxCallerRelationshipLength },
        { "Caller", "Organisation", IntakeLimits.MaxCallerOrganisationLength },
        { "Caller", "Phone", IntakeLimits.MaxPhoneLength },
        { "Caller", "Email", IntakeLimits.MaxCallerEmailLength },
        { "ReportedPerson", "GivenName", IntakeLimits.MaxPersonFieldLength },
        { "ReportedPerson", "Email", IntakeLimits.MaxPersonFieldLength },
        { "ReportedPerson", "Phone", IntakeLimits.MaxPersonFieldLength },
        { "CommunicationNeeds", "InterpreterLanguage", IntakeLimits.MaxInterpreterLanguageLength },
        { "ImmediateRisk", "Details", IntakeLimits.MaxRiskDetailsLength },
        { "", "Story", IntakeLimits.MaxStoryLength },
    };

    /// <summary>The pages ask for what IntakeLimits allows; a column shorter than that would fail in the database instead.</summary>
    [Theory]
    [MemberData(nameof(Columns))]
    public async Task Limit_IsTheLengthOfTheColumnThatKeepsIt(string complex, string property, int limit)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();
        var contact = db.Model.FindEntityType(typeof(Contact))!;

        IReadOnlyProperty column = complex.Length == 0
            ? contact.FindProperty(property)!
            : contact.FindComplexProperty(complex)!.ComplexType.FindProperty(property)!;

        Assert.Equal(limit, column.GetMaxLength());
    }

    [Fact]
    public async Task ContactAnswerColumns_AreTheAnswerLimits()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();
        var answer = db.Model.FindEntityType(typeof(ContactAnswer))!;

        Assert.Equal(
            (IntakeLimits.MaxAnswerKeyLength, IntakeLimits.MaxQuestionLength, IntakeLimits.MaxAnswerLength),
            (answer.FindProperty(nameof(ContactAnswer.Key))!.GetMaxLength(), answer.FindProperty(nameof(ContactAnswer.Question))!.GetMaxLength(), answer.FindProperty(nameof(ContactAnswer.Answer))!.GetMaxLength()));
    }

    [Fact]
    public void Problems_ListsEveryValueIntakeCannotKeep_InsteadOfOnlyTheFirst()
    {
        var submission = IntakeTestKit.Submission() with
        {
            Caller = new Caller(new string('n', IntakeLimits.MaxCallerNameLength + 1)),
            ImmediateRisk = new ImmediateRisk(InDangerNow: true, Details: new string('d', IntakeLimits.MaxRiskDetailsLength + 1)),
        };

        Assert.Equal(["Caller.Name", "ImmediateRisk"], IntakeLimits.Problems(submission).Select(p => p.Field));
    }
}
