using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Tests.Features.Audit;

public sealed class AuditTargetsTests
{
    [Theory]
    [InlineData("review-item:12", "/review/12")]
    [InlineData("appeal:7", "/appeals/7")]
    [InlineData("conversation:chat 1/2", "/conversations/chat%201%2F2")]
    [InlineData("account:acme-7", "/accounts/acme-7")]
    [InlineData("policy:v4", "/admin/policy")]
    [InlineData("user:ana@example.test", "/admin/users")]
    [InlineData("api-key:3", "/admin/api-keys")]
    public void A_target_that_is_a_page_links_to_it(string target, string link) => Assert.Equal(link, AuditTargets.LinkOf(target));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("review-item:")]
    [InlineData("review-item:abc")]
    [InlineData("dashboard:days")]
    [InlineData("javascript:alert(1)")]
    public void Anything_else_is_plain_text(string? target) => Assert.Null(AuditTargets.LinkOf(target));
}
