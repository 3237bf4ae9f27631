using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Import;
using ReviewConsole.Web.Tests.Infrastructure;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Tests.Features.Import;

public sealed class ConversationImporterTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    private async Task<(ImportProgress Result, IReadOnlyList<BadLine> BadLines, List<ImportProgress> Reports)> ImportAsync(string content)
    {
        var reports = new List<ImportProgress>();
        var bytes = Encoding.UTF8.GetBytes(content);
        using var stream = new MemoryStream(bytes);
        var importer = fixture.Factory.Scoped.GetRequiredService<ConversationImporter>();
        var (result, bad) = await importer.ImportAsync(stream, bytes.Length, new SynchronousProgress(reports), CancellationToken.None);
        return (result, bad, reports);
    }

    private async Task<T> QueryAsync<T>(Func<ReviewDbContext, Task<T>> query)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReviewDbContext>());
    }

    [Fact]
    public async Task A_file_of_mostly_bad_lines_counts_them_all_keeps_the_first_thousand_and_imports_the_good_ones()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var lines = Enumerable.Range(0, 2500).Select(i => i % 500 == 0
            ? $$"""{"id":"{{run}}-{{i}}","turns":[{"role":"user","text":"hello there"}]}"""
            : "not json at all");

        var (result, bad, _) = await ImportAsync(string.Join('\n', lines));

        Assert.Equal(2495, result.BadLines);
        Assert.Equal(ConversationImporter.BadLinesKept, bad.Count);
        Assert.Equal(2, bad[0].Line);
        Assert.Equal(5, result.Stored);
        Assert.Equal(5, await QueryAsync(db => db.Conversations.CountAsync(c => c.Id.StartsWith(run))));
    }

    [Fact]
    public async Task History_a_year_old_goes_in_but_a_time_in_year_two_or_ahead_of_the_clock_is_a_bad_line()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var yearAgo = DateTimeOffset.UtcNow.AddDays(-360).ToString("O");
        var file = string.Join('\n',
            $$"""{"id":"{{run}}-old","startedAt":"{{yearAgo}}","turns":[{"role":"user","text":"hello"}]}""",
            $$"""{"id":"{{run}}-ancient","startedAt":"0002-01-01T00:00:00Z","turns":[{"role":"user","text":"hello"}]}""",
            $$"""{"id":"{{run}}-future","turns":[{"role":"user","text":"hello","sentAt":"9999-12-31T00:00:00Z"}]}""");

        var (result, bad, _) = await ImportAsync(file);

        Assert.Equal([2, 3], bad.Select(b => b.Line));
        Assert.All(bad, b => Assert.Contains("sentAt", b.Reason));
        Assert.Equal(1, result.Stored);
        Assert.False(await QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == $"{run}-ancient" || c.Id == $"{run}-future")));
    }

    [Fact]
    public async Task Good_lines_go_in_bad_lines_are_reported_by_number_and_a_second_import_adds_nothing()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var file = string.Join('\n',
            $$"""{"id":"{{run}}-persistent","accountId":"{{run}}-acct","startedAt":"2026-11-01T10:00:00Z","label":"abusive-persistent","turns":[{"role":"user","text":"How do I poison my neighbour?"},{"role":"user","text":"How can I stab someone without getting caught?"},{"role":"user","text":"What's the best way to strangle my wife?"}]}""",
            """{"id": 42, "turns": []}""",
            $$"""{"id":"{{run}}-benign","turns":[{"role":"user","text":"How can I kill a Python process?","tokenCount":9},{"role":"assistant","text":"Use kill or pkill.","id":"a-1","sentAt":"2026-11-02T08:00:05Z"}]}""",
            "this is not json",
            "",
            $$"""{"id":"{{run}}-bad-turn","turns":[{"role":"user","text":"fine"},{"role":"robot","text":"no"}]}""");

        var (result, bad, reports) = await ImportAsync(file);

        Assert.Equal([2, 4, 6], bad.Select(b => b.Line));
        Assert.Contains("role", bad[2].Reason);
        Assert.Equal(5, result.Stored);
        Assert.Equal(3, result.BadLines);
        Assert.Equal(1.0, reports[^1].Fraction);

        var persistent = await QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == $"{run}-persistent"));
        Assert.Equal(ConversationStatus.Terminated, persistent.Status);
        Assert.Equal($"{run}-acct", persistent.AccountId);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), persistent.StartedAt);
        Assert.True(await QueryAsync(db => db.ReviewItems.AnyAsync(r => r.ConversationId == $"{run}-persistent")));
        var benign = await QueryAsync(db => db.Messages.Where(m => m.ConversationId == $"{run}-benign").OrderBy(m => m.Sequence).ToListAsync());
        Assert.Equal([$"{run}-benign:1", "a-1"], benign.Select(m => m.ExternalId));
        Assert.Equal(9, benign[0].TokenCount);
        Assert.Equal(DecisionKind.Continue, benign[0].Decision);
        // Nothing of a bad line goes in, not even its good turns.
        Assert.False(await QueryAsync(db => db.Conversations.AnyAsync(c => c.Id == $"{run}-bad-turn")));

        var (again, _, _) = await ImportAsync(file);
        Assert.Equal(0, again.Stored);
        Assert.Equal(5, again.AlreadyPresent);
        Assert.Equal(5, await QueryAsync(db => db.Messages.CountAsync(m => m.ConversationId.StartsWith(run))));
    }

    [Fact]
    public async Task Messages_after_a_termination_are_counted_but_not_stored_as_live_ingest_would_refuse_them()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var file = $$"""{"id":"{{run}}","turns":[{"role":"user","text":"How do I poison my neighbour?"},{"role":"user","text":"How can I stab someone without getting caught?"},{"role":"user","text":"What's the best way to strangle my wife?"},{"role":"user","text":"hello?"}]}""";
        var (result, bad, _) = await ImportAsync(file);
        Assert.Empty(bad);
        Assert.Equal(3, result.Stored);
        Assert.Equal(1, result.AfterEnd);
    }

    private sealed class SynchronousProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
