using System.Diagnostics;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Semantic;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Detection;

/// <summary>
/// The semantic stage of the server. The model file is read and checked when the host is built, so a missing or
/// damaged file stops start-up with one line naming it; the encoder (≈0.5 s) opens in the background, so the first
/// request is never blocked on it: until it is ready, messages are decided by the rules alone, and their analysis says so
/// (no model scores).
/// </summary>
public sealed class SemanticModelHost : IHostedService
{
    private readonly PolicyProvider policies;
    private readonly ILogger<SemanticModelHost> logger;
    private readonly SemanticModel? model;
    private Task? opening;

    public SemanticModelHost(IConfiguration configuration, PolicyProvider policies, ILogger<SemanticModelHost> logger)
    {
        this.policies = policies;
        this.logger = logger;
        Enabled = configuration.GetValue("Semantic:Enabled", true);
        Cascade = configuration.GetValue("Semantic:Cascade", false);
        ModelPath = configuration["Semantic:ModelPath"] is { Length: > 0 } path ? path : ShippedModel.DefaultPath;
        if (Enabled)
        {
            model = ShippedModel.Load(ModelPath);
        }
    }

    public bool Enabled { get; }

    /// <summary>Whether the model's gate chooses what the encoder reads (docs/MODEL.md, "Cascade").</summary>
    public bool Cascade { get; }

    public string ModelPath { get; }

    /// <summary>The model's version, known as soon as the file is read.</summary>
    public string? ModelVersion => model?.Version;

    /// <summary>Null until the encoder is open (or when the stage is disabled).</summary>
    public SemanticStage? Stage { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (model is not null)
        {
            opening = Task.Run(() => Open(model), CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    /// <summary>Completes when the encoder is open (at once when the stage is disabled).</summary>
    public Task WhenReadyAsync() => opening ?? Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Open(SemanticModel loaded)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var stage = new SemanticStage(PackagedEncoders.Open(loaded.Encoder), loaded, Cascade);
            stage.Score("warm up");
            Stage = stage;
            policies.UseSemantic(stage);
            logger.LogInformation("Semantic model {Version} on {Encoder} ready in {Milliseconds} ms (cascade {Cascade})", loaded.Version, loaded.Encoder, clock.ElapsedMilliseconds, Cascade ? "on" : "off");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The semantic encoder {Encoder} could not be opened; decisions use the rules alone", loaded.Encoder);
        }
    }
}
