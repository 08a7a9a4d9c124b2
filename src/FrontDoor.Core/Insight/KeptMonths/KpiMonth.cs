namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>
/// One period's <see cref="KpiFigures"/> as <see cref="KpiCalculator"/> computed them, for the whole front door or one
/// team, kept so the trend, a whole-month period and the baseline need not read their contacts again. The period is
/// a calendar month (<see cref="Month"/> to the month's last day) or the configured baseline (<see cref="Month"/> is
/// then its first day and <see cref="LastDay"/> its last). Stored as JSON, so a KPI added to the figures is kept with
/// no change here; <see cref="CalculatorVersion"/> says which version of the definitions computed them
/// (<see cref="KpiMonthRefresher.CalculatorVersion"/>), and any other version's rows are recomputed.
/// </summary>
public sealed class KpiMonth
{
    public const int MaxVersionLength = 64;

    public const int MaxScopeLength = 64;

    public KpiMonth(KpiRange period, string scope, string calculatorVersion, string figuresJson, DateTimeOffset computedAt)
    {
        Month = period.From;
        LastDay = period.To;
        Scope = scope;
        CalculatorVersion = calculatorVersion;
        FiguresJson = figuresJson;
        ComputedAt = computedAt;
    }

    private KpiMonth()
    {
        Scope = null!;
        CalculatorVersion = null!;
        FiguresJson = null!;
    }

    /// <summary>The first day of the month (or of the baseline).</summary>
    public DateOnly Month { get; private set; }

    /// <summary>The period's last day, included: the month's last day, or the baseline's.</summary>
    public DateOnly LastDay { get; private set; }

    /// <summary><see cref="KeptKpiScopes.WholeFrontDoor"/> (empty), or the key of the team (queue) the figures are narrowed to.</summary>
    public string Scope { get; private set; }

    public string CalculatorVersion { get; private set; }

    public string FiguresJson { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public void Replace(string calculatorVersion, string figuresJson, DateTimeOffset computedAt)
    {
        CalculatorVersion = calculatorVersion;
        FiguresJson = figuresJson;
        ComputedAt = computedAt;
    }
}

/// <summary>
/// Says a kept month may be out of date: written in the same save as a change to a contact (or its referral or survey,
/// by the contact's id, since the month is its arrival's) or to a call record (by the month it was offered). Rows are
/// only ever added here and deleted by the refresh that consumed them, so two saves never contend for one row.
/// </summary>
public sealed class KpiStaleMark
{
    public KpiStaleMark(Guid id, DateOnly? month, Guid? contactId)
    {
        Id = id;
        Month = month;
        ContactId = contactId;
    }

    public Guid Id { get; private set; }

    /// <summary>The first day of the month that changed, when the save knew it.</summary>
    public DateOnly? Month { get; private set; }

    /// <summary>The contact that changed, when the save did not have its arrival date to hand (a referral or survey saved alone).</summary>
    public Guid? ContactId { get; private set; }
}
