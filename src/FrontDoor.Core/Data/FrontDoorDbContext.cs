using FrontDoor.Core.Audit;
using FrontDoor.Core.Caching;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Email.CareProviders;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.Partners;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.Teams;
using FrontDoor.Core.Telephony;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDoor.Core.Data;

/// <summary>The unit of work for FrontDoor. Services take it directly; there is no repository layer.</summary>
public sealed class FrontDoorDbContext(DbContextOptions<FrontDoorDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<Allocation> Allocations => Set<Allocation>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<AuditEventPerson> AuditEventPeople => Set<AuditEventPerson>();

    public DbSet<CallRecord> CallRecords => Set<CallRecord>();

    public DbSet<CallImport> CallImports => Set<CallImport>();

    public DbSet<ProbableDuplicate> ProbableDuplicates => Set<ProbableDuplicate>();

    public DbSet<DuplicateDecision> DuplicateDecisions => Set<DuplicateDecision>();

    public DbSet<DuplicateCheckRun> DuplicateCheckRuns => Set<DuplicateCheckRun>();

    public DbSet<RawSubmission> RawSubmissions => Set<RawSubmission>();

    public DbSet<ContactAttachment> ContactAttachments => Set<ContactAttachment>();

    public DbSet<ContactAnswer> ContactAnswers => Set<ContactAnswer>();

    public DbSet<Contacts.Events.ContactEvent> ContactEvents => Set<Contacts.Events.ContactEvent>();

    public DbSet<ContactTimelineEntry> ContactTimelineEntries => Set<ContactTimelineEntry>();

    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();

    public DbSet<PartnerApiKey> PartnerApiKeys => Set<PartnerApiKey>();

    public DbSet<PartnerContact> PartnerContacts => Set<PartnerContact>();

    /// <summary>
    /// The key ring that protects sign-in cookies, antiforgery tokens and journey ids: kept in the database so every
    /// web node shares it and a restart signs nobody out.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CacheEntry> CacheEntries => Set<CacheEntry>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<Messages.OutboxMessage> OutboxMessages => Set<Messages.OutboxMessage>();

    public DbSet<CaseSystemImportRun> CaseSystemImportRuns => Set<CaseSystemImportRun>();

    public DbSet<CaseSystemImportRefusal> CaseSystemImportRefusals => Set<CaseSystemImportRefusal>();

    public DbSet<CaseSystemChange> CaseSystemChanges => Set<CaseSystemChange>();

    public DbSet<CaseSystemAlias> CaseSystemAliases => Set<CaseSystemAlias>();

    public DbSet<StoredMatchModel> MatchModels => Set<StoredMatchModel>();

    public DbSet<CareProviderDomain> CareProviderDomains => Set<CareProviderDomain>();

    public DbSet<DataFix> DataFixes => Set<DataFix>();

    public DbSet<People.AllocatedWorker.AllocatedWorkerLookupAttempt> AllocatedWorkerLookupAttempts => Set<People.AllocatedWorker.AllocatedWorkerLookupAttempt>();

    public DbSet<Triage.Flows.TriageFlowVersion> TriageFlowVersions => Set<Triage.Flows.TriageFlowVersion>();

    public DbSet<Triage.Running.TriageAnswer> TriageAnswers => Set<Triage.Running.TriageAnswer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FrontDoorDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(500);

        // SQLite has no date-time-with-offset type and cannot compare or sort text offsets;
        // ticks keep time ordering and range queries in the database. Times are always UTC.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
