using System.Diagnostics;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Semantic;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Detection;

/// <summary>
/// The semantic stage of the server. The model file is read and checked when the host is built, so a missing or
/// damaged file stops start-up with one line naming it; the encoder (≈0.5 s) opens in the background, so the first
/// request is never blocked on it: until it is ready, messages are decided by the rules alone, and their analysis says so
/// (no model scores). A model retrained from labels replaces the file's (<see cref="Use"/>) on the same encoder.
/// </summary>
public sealed class SemanticModelHost : IHostedService
{
    private readonly PolicyProvider policies;
    private readonly ILogger<SemanticModelHost> logger;
    private readonly Lock gate = new();
    private SemanticModel? model;
    private ISentenceEncoder? encoder;
    private Task? opening;

    public SemanticModelHost(IConfiguration configuration, PolicyProvider policies, ILogger<SemanticModelHost> logger)
    {
        this.policies = policies;
        this.logger = logger;
        Enabled = configuration.GetValue("Semantic:Enabled", true);
        Cascade = configuration.GetValue("Semantic:Cascade", false);
        Timing = configuration.GetValue("Semantic:Timing", SemanticTiming.Inline);
        ModelPath = configuration["Semantic:ModelPath"] is { Length: > 0 } path ? path : ShippedModel.DefaultPath;
        if (Enabled)
        {
            model = ShippedModel.Load(ModelPath);
            FileModel = model;
        }
    }

    /// <summary>The model read from <see cref="ModelPath"/> at start: what a policy version without a model of its own uses.</summary>
    public SemanticModel? FileModel { get; }

    public bool Enabled { get; }

    /// <summary>Whether the model's gate chooses what the encoder reads (docs/MODEL.md, "Cascade").</summary>
    public bool Cascade { get; }

    public string ModelPath { get; }

    /// <summary>When the model's reading counts: on the message itself, or from the conversation's next message.</summary>
    public SemanticTiming Timing { get; }

    /// <summary>The model in force, known as soon as the file is read.</summary>
    public SemanticModel? Model => model;

    /// <summary>The version of the model in force.</summary>
    public string? ModelVersion => model?.Version;

    /// <summary>
    /// Puts another model on the same encoder in force, from the next message on (at once if the encoder is open,
    /// else as soon as it is).
    /// </summary>
    public void Use(SemanticModel next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (!Enabled)
        {
            return;
        }
        if (FileModel is { } shipped && !string.Equals(next.Encoder, shipped.Encoder, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The model {next.Version} needs the encoder '{next.Encoder}'; this server runs '{shipped.Encoder}'.", nameof(next));
        }
        lock (gate)
        {
            model = next;
            if (encoder is not null)
            {
                Install(new SemanticStage(encoder, next, Cascade));
            }
        }
        logger.InForce(next.Version);
    }

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

    private void Install(SemanticStage stage)
    {
        Stage = stage;
        policies.UseSemantic(stage, Timing == SemanticTiming.NextMessage);
    }

    private void Open(SemanticModel loaded)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var opened = PackagedEncoders.Open(loaded.Encoder);
            new SemanticStage(opened, loaded, Cascade).Score("warm up");
            SemanticModel inForce;
            lock (gate)
            {
                // A stored model may have been chosen (Use) while the encoder opened.
                encoder = opened;
                inForce = model ?? loaded;
                Install(new SemanticStage(opened, inForce, Cascade));
            }
            logger.Ready(inForce.Version, inForce.Encoder, clock.ElapsedMilliseconds, Cascade ? "on" : "off", Timing);
        }
        catch (Exception ex)
        {
            logger.EncoderFailed(ex, loaded.Encoder);
        }
    }
}

/// <summary>When the semantic model's reading of a user message counts (<c>Semantic:Timing</c>).</summary>
public enum SemanticTiming
{
    /// <summary>On the message itself: the answer waits for the encoder (≈6 ms a message, ≈330 messages/s on 2 cores).</summary>
    Inline,

    /// <summary>
    /// From the conversation's next message: the rules answer at once, the encoder reads in the background, and what it
    /// finds counts on that message's own warnings and strikes when the next one arrives. For throughput; a conversation
    /// of one message never gets the model's reading.
    /// </summary>
    NextMessage,
}

internal static partial class SemanticModelLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Semantic model {Version} on {Encoder} ready in {Milliseconds} ms (cascade {Cascade}, timing {Timing})")]
    public static partial void Ready(this ILogger logger, string version, string encoder, long milliseconds, string cascade, SemanticTiming timing);

    [LoggerMessage(Level = LogLevel.Error, Message = "The semantic encoder {Encoder} could not be opened; decisions use the rules alone")]
    public static partial void EncoderFailed(this ILogger logger, Exception exception, string encoder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Semantic model {Version} in force")]
    public static partial void InForce(this ILogger logger, string version);
}
