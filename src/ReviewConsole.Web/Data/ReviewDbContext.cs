using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Data;

/// <summary>
/// The one model of the console. Each database provider derives its own context type so that it can keep
/// its own migrations (Migrations/Sqlite, Migrations/SqlServer); code depends only on this type.
/// </summary>
public abstract class ReviewDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<ChatAccount> Accounts => Set<ChatAccount>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<EngineDecisionRecord> Decisions => Set<EngineDecisionRecord>();
    public DbSet<ReviewItem> ReviewItems => Set<ReviewItem>();
    public DbSet<ReviewLabel> Labels => Set<ReviewLabel>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<AccountRestriction> Restrictions => Set<AccountRestriction>();
    public DbSet<PolicyVersionRecord> PolicyVersions => Set<PolicyVersionRecord>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();
    public DbSet<ReviewerExposure> ReviewerExposures => Set<ReviewerExposure>();
    public DbSet<PolicyDraft> PolicyDrafts => Set<PolicyDraft>();
    public DbSet<DailyMetric> DailyMetrics => Set<DailyMetric>();
    public DbSet<DailyReviewTime> DailyReviewTimes => Set<DailyReviewTime>();
    public DbSet<SemanticModelRecord> SemanticModels => Set<SemanticModelRecord>();

    /// <summary>The audit log is append-only: a change to or deletion of an entry is refused before it reaches the database.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: entries cannot be changed or deleted.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<ApplicationUser>().Property(u => u.DisplayName).HasMaxLength(128);

        builder.Entity<ChatAccount>(e =>
        {
            e.Property(a => a.Id).HasMaxLength(128);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasIndex(a => a.RiskScore);
            e.HasIndex(a => a.AbusiveTokens);
            e.Property(a => a.RecentTerminations).HasMaxLength(4000);
        });

        builder.Entity<AccountLink>(e =>
        {
            e.Property(l => l.AccountId).HasMaxLength(128);
            e.Property(l => l.LinkedAccountId).HasMaxLength(128);
            e.Property(l => l.Evidence).HasMaxLength(512);
            e.HasIndex(l => new { l.AccountId, l.LinkedAccountId, l.Kind }).IsUnique();
            // The account panel: an account's newest links from either side (a campaign account has tens of thousands),
            // by insertion order (the id), so the frequent LastSeenAt updates of ingest touch no index.
            e.HasIndex(l => l.AccountId);
            e.HasIndex(l => l.LinkedAccountId);
        });

        builder.Entity<Conversation>(e =>
        {
            e.Property(c => c.Id).HasMaxLength(128);
            e.Property(c => c.AccountId).HasMaxLength(128);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasOne(c => c.Account).WithMany(a => a.Conversations).HasForeignKey(c => c.AccountId);
            e.HasIndex(c => new { c.AccountId, c.StartedAt });
            e.HasIndex(c => c.StartedAt);
        });

        builder.Entity<Message>(e =>
        {
            e.Property(m => m.ExternalId).HasMaxLength(128);
            e.Property(m => m.ConversationId).HasMaxLength(128);
            e.Property(m => m.DeviceFingerprint).HasMaxLength(128);
            e.Property(m => m.NetworkFingerprint).HasMaxLength(128);
            e.Property(m => m.PolicyVersion).HasMaxLength(64);
            e.Property(m => m.Reason).HasConversion<string>().HasMaxLength(40);
            e.HasOne(m => m.Conversation).WithMany(c => c.Messages).HasForeignKey(m => m.ConversationId);
            // The one index on messages: it makes ingest idempotent and finds a conversation's messages. A second one
            // on (ConversationId, Sequence) cost a quarter of the ingest writer's WAL pages; readers sort in memory.
            e.HasIndex(m => new { m.ConversationId, m.ExternalId }).IsUnique();
        });

        builder.Entity<EngineDecisionRecord>(e =>
        {
            e.ToTable("Decisions");
            e.Property(d => d.ConversationId).HasMaxLength(128);
            e.Property(d => d.PolicyVersion).HasMaxLength(64);
            e.Property(d => d.TopCategory).HasMaxLength(64);
            e.Property(d => d.Reason).HasConversion<string>().HasMaxLength(40);
            e.HasOne(d => d.Message).WithMany().HasForeignKey(d => d.MessageId);
            e.HasIndex(d => new { d.ConversationId, d.MessageId });
            e.HasIndex(d => new { d.Kind, d.DecidedAt });
        });

        builder.Entity<ReviewItem>(e =>
        {
            e.Property(r => r.ConversationId).HasMaxLength(128);
            e.Property(r => r.AccountId).HasMaxLength(128);
            e.Property(r => r.Category).HasMaxLength(64);
            e.Property(r => r.PolicyVersion).HasMaxLength(64);
            e.Property(r => r.ClaimedById).HasMaxLength(450);
            e.Property(r => r.ResolvedById).HasMaxLength(450);
            e.Property(r => r.ResolvedByName).HasMaxLength(256);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasOne(r => r.Conversation).WithMany().HasForeignKey(r => r.ConversationId);
            // Not cascading: SQL Server refuses a second cascade path from Conversations (via Messages and Decisions).
            e.HasOne(r => r.Decision).WithMany().HasForeignKey(r => r.DecisionId).OnDelete(DeleteBehavior.Restrict);
            // Keyset paging of the queue: one index per sort order (highest priority first, oldest first among equals;
            // or newest first), the id last as the tie-breaker.
            e.HasIndex(r => new { r.Status, r.Priority, r.Id }).IsDescending(false, true, false);
            e.HasIndex(r => new { r.Status, r.CreatedAt, r.Id });
            e.HasIndex(r => new { r.Kind, r.Status, r.Priority, r.Id }).IsDescending(false, false, true, false);
            // The category filter is the one selective enough that walking the priority index to find matches is slow.
            e.HasIndex(r => new { r.Status, r.Category, r.Priority, r.Id }).IsDescending(false, false, true, false);
            e.HasIndex(r => r.ConversationId);
            e.HasIndex(r => r.AccountId);
            e.HasIndex(r => r.CreatedAt);
        });

        builder.Entity<ReviewLabel>(e =>
        {
            e.Property(l => l.ReviewerId).HasMaxLength(450);
            e.Property(l => l.ReviewerName).HasMaxLength(256);
            e.Property(l => l.Note).HasMaxLength(4000);
            e.HasOne(l => l.ReviewItem).WithMany(r => r.Labels).HasForeignKey(l => l.ReviewItemId);
            e.HasIndex(l => l.ReviewItemId);
            e.HasIndex(l => new { l.ReviewerId, l.CreatedAt });
            e.HasIndex(l => l.CreatedAt);
        });

        builder.Entity<Appeal>(e =>
        {
            e.Property(a => a.ConversationId).HasMaxLength(128);
            e.Property(a => a.AccountId).HasMaxLength(128);
            e.Property(a => a.Text).HasMaxLength(8000);
            e.Property(a => a.ResolutionReason).HasMaxLength(4000);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasIndex(a => new { a.Status, a.CreatedAt });
            e.HasIndex(a => a.AccountId);
            e.HasIndex(a => a.CreatedAt);
            e.HasIndex(a => a.ResolvedAt);
            // One open appeal per conversation, held by the database: parallel filings cannot both insert.
            e.HasIndex(a => a.ConversationId).IsUnique().HasDatabaseName("IX_Appeals_OneOpenPerConversation")
                .HasFilter(Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer" ? "[Status] = 0" : "\"Status\" = 0");
        });

        builder.Entity<AccountRestriction>(e =>
        {
            e.Property(r => r.AccountId).HasMaxLength(128);
            e.Property(r => r.Reason).HasMaxLength(1000);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasIndex(r => new { r.AccountId, r.Status });
        });

        builder.Entity<PolicyVersionRecord>(e =>
        {
            e.Property(p => p.VersionId).HasMaxLength(64);
            e.HasIndex(p => p.VersionId).IsUnique();
            e.Property(p => p.ModelVersion).HasMaxLength(64);
        });

        builder.Entity<SemanticModelRecord>(e =>
        {
            e.Property(m => m.Version).HasMaxLength(64);
            e.Property(m => m.Encoder).HasMaxLength(128);
            e.Property(m => m.CreatedById).HasMaxLength(450);
            e.HasIndex(m => m.Version).IsUnique();
        });

        builder.Entity<Setting>(e =>
        {
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(128);
            e.Property(s => s.Value).HasMaxLength(4000);
            e.Property(s => s.Version).IsConcurrencyToken();
        });

        builder.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.ActorId).HasMaxLength(450);
            e.Property(a => a.ActorName).HasMaxLength(256);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.Target).HasMaxLength(256);
            e.Property(a => a.RemoteIp).HasMaxLength(64);
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.Action, a.At });
            e.HasIndex(a => new { a.ActorName, a.At });
        });

        builder.Entity<DailyMetric>(e =>
        {
            e.HasKey(m => new { m.Day, m.Category });
            e.Property(m => m.Category).HasMaxLength(64);
        });

        builder.Entity<DailyReviewTime>(e => e.HasKey(t => new { t.Day, t.Seconds }));

        builder.Entity<PolicyDraft>(e =>
        {
            e.Property(d => d.OwnerId).HasMaxLength(450);
            e.HasIndex(d => d.OwnerId).IsUnique();
        });

        builder.Entity<ReviewerExposure>(e =>
        {
            e.HasKey(x => new { x.UserId, x.Day });
            e.Property(x => x.UserId).HasMaxLength(450);
        });

        builder.Entity<ApiClient>(e =>
        {
            e.Property(c => c.Name).HasMaxLength(128);
            e.Property(c => c.KeyHash).HasMaxLength(128);
            e.Property(c => c.KeyPrefix).HasMaxLength(16);
            e.HasIndex(c => c.KeyHash).IsUnique();
        });
    }
}
