using ReviewConsole.Cli;

return args.FirstOrDefault() switch
{
    "evaluate" => await EvaluateCommand.RunAsync(args[1..], Console.Out, Console.Error),
    "analyze" => await AnalyzeCommand.RunAsync(args[1..], Console.Out, Console.Error),
    "train" => await TrainCommand.RunAsync(args[1..], Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine($"""
        usage: reviewconsole <command>
          {EvaluateCommand.Usage}
              replay labelled conversations through the engine; print shares per label and evasion as JSON
          {TrainCommand.Usage}
              train the semantic model's heads; measure them leaving one source out; write the model file
          analyze [--rules-only | --model model.json] TEXT
              show the normalized text and the signals the engine finds in one message
        """);
    return 2;
}
