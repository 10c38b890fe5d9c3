package dev.newsdiff.cli;

import java.io.InputStream;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code newsdiff} command and its subcommands. */
final class NewsdiffCommand implements Runnable {

  final CommandSpec spec =
      Specs.command(this, "newsdiff", "Compares several outlets' versions of the same news story.");

  private NewsdiffCommand() {}

  /** The whole command line; {@code stdin} is what "-" reads. */
  static CommandLine commandLine(InputStream stdin) {
    NewsdiffCommand root = new NewsdiffCommand();
    root.spec
        .usageMessage()
        .footer(
            "",
            "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 bad input, 4 a finding that",
            "--fail-on or check fails on.");
    CommandLine cli = new CommandLine(root.spec);
    cli.addSubcommand(new CommandLine(new CompareCommand(stdin).spec));
    cli.addSubcommand(new CommandLine(new InspectCommand(stdin).spec));
    cli.addSubcommand(new CommandLine(new CheckCommand().spec));
    cli.addSubcommand(new CommandLine(new CorpusCommand().spec));
    cli.addSubcommand(new CommandLine(new PairsCommand().spec));
    cli.addSubcommand(new CommandLine(new EvalCommand().spec));
    return cli;
  }

  /** The commands that read articles (all but {@code pairs}, which scores bare sentences). */
  private static final Set<String> READING =
      Set.of("compare", "inspect", "check", "corpus", "eval");

  /** Whether the command named {@code name} reads articles, and so needs the sentence model. */
  static boolean readsArticles(String name) {
    return READING.contains(name);
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "a command is required: compare, inspect, check, corpus, pairs or eval");
  }
}
