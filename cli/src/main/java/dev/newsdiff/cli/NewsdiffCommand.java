package dev.newsdiff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(
    name = "newsdiff",
    mixinStandardHelpOptions = true,
    versionProvider = NewsdiffCommand.Version.class,
    description = "Compares several outlets' versions of the same news story.",
    subcommands = {CompareCommand.class, InspectCommand.class, CheckCommand.class, CorpusCommand.class, PairsCommand.class, EvalCommand.class},
    footer = {
      "",
      "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 bad input, 4 a finding that",
      "--fail-on or check fails on."
    })
final class NewsdiffCommand implements Runnable {

  /** What "-" reads: standard input, or what a test gives. */
  final java.io.InputStream stdin;

  NewsdiffCommand(java.io.InputStream stdin) {
    this.stdin = stdin;
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: compare, inspect, check, corpus, pairs or eval");
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = NewsdiffCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"newsdiff " + p.getProperty("version", "unknown")};
    }
  }
}
