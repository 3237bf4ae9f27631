using ReviewConsole.Web.Features.Overview;
using ReviewConsole.Web.Features.Detection;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using ReviewConsole.Web.Components.Account;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Accounts;
using ReviewConsole.Web.Features.Appeals;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Dashboard;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Features.Restrictions;
using ReviewConsole.Web.Features.Transcripts;
using ReviewConsole.Web.Features.Wellness;
using ReviewConsole.Web.Features.Health;
using ReviewConsole.Web.Features.Users;

namespace ReviewConsole.Web.Extensions;

public static class ApplicationServicesExtensions
{
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(OperatorConsole.Of(builder.Environment.ContentRootPath, builder.Configuration[$"{BootstrapOptions.Section}:AdminPasswordFile"]));

        builder.Services.AddReviewDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        builder.AddIdentityServices();
        // First of the hosted services, which start in order: the schema exists before anything else runs.
        builder.Services.AddHostedService<DatabasePreparation>();
        builder.AddApi();

        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AuditLogQuery>();
        builder.AddReviewWorkspace();
        builder.AddDashboard();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<IngestWriterHealthCheck>("ingest-writer");
        return builder;
    }

    /// <summary>The reviewer's workspace: queue, claims, transcripts, labels, appeals, restrictions, wellness.</summary>
    private static void AddReviewWorkspace(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMemoryCache();
        // Scoped, as the database context factory they use is: one circuit (or request) each.
        services.AddScoped<ReviewQueue>();
        services.AddOptions<QueueOptions>().Bind(builder.Configuration.GetSection(QueueOptions.Section));
        services.AddScoped<ItemClaims>();
        services.AddScoped<TranscriptQuery>();
        services.AddScoped<SimilarCases>();
        services.AddSingleton<SimilarCases.VectorCache>();
        services.AddScoped<AccountPanelQuery>();
        services.AddScoped<AppealQueries>();
        services.AddScoped<RestrictionQueries>();
        services.AddScoped<LabelService>();
        services.AddScoped<RestrictionDecisions>();
        services.AddScoped<AppealDecisions>();
        services.AddScoped<PolicyVersions>();
        services.AddScoped<PolicyDrafts>();
        services.AddScoped<BacktestRunner>();
        services.AddScoped<SemanticModelStore>();
        services.AddOptions<RetrainOptions>().Bind(builder.Configuration.GetSection(RetrainOptions.Section));
        services.AddSingleton<ModelRetraining>();
        services.AddScoped<ReviewerWellness>();
    }

    /// <summary>Managers' dashboards: cost settings, the daily rollups and the job that keeps them current.</summary>
    private static void AddDashboard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RollupOptions>().Bind(builder.Configuration.GetSection(RollupOptions.Section));
        services.AddSingleton<RollupState>();
        services.AddSingleton<RollupService>();
        services.AddHostedService(sp => sp.GetRequiredService<RollupService>());
        services.AddScoped<CostSettingsStore>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<OverviewQuery>();
    }

    private static void AddIdentityServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BootstrapOptions>().Bind(builder.Configuration.GetSection(BootstrapOptions.Section));
        services.AddScoped<FirstRunBootstrapper>();
        services.AddScoped<UserAdministration>();
        services.AddSingleton<ThemePreferences>();
        services.AddOptions<SignInThrottleOptions>().Bind(builder.Configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<UnknownAccountTiming>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.AllowedForNewUsers = true;
                // High, because SignInThrottle rations the attempts that reach it (see there).
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddPasswordValidator<NotTheCurrentPassword>()
            .AddEntityFrameworkStores<ReviewDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "ReviewConsole.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
        });
    }
}
