package dev.newsdiff.cli;

import dev.newsdiff.NewsDiff;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/**
 * The {@code newsdiff} command. Only {@link #main} exits; {@link #run} takes its output and error
 * writers so tests can drive the whole command line. Errors are one line on stderr, never a stack
 * trace; the exit code says what kind ({@link ExitCode}, the README's table).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, and the PrintWriter would never see one.
    // A reader that stops reading (`| head`) is not one: StandardOutput drops what it missed.
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new StandardOutput(
                    new FileOutputStream(FileDescriptor.out), StandardOutput.isPipe()),
                StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with no standard input and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /** Runs the command line and returns its exit code; {@code in} is what "-" reads. */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    if (args.length > 0 && NewsdiffCommand.readsArticles(args[0])) {
      preloadInBackground();
    }
    CommandLine cli = NewsdiffCommand.commandLine(in);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, argv) -> {
          err.println(
              "newsdiff: error: "
                  + UserError.oneLine(ex.getMessage())
                  + didYouMean(ex)
                  + " (see 'newsdiff --help')");
          return ExitCode.USAGE.code();
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UserError user) {
            err.println("newsdiff: error: " + UserError.oneLine(user.getMessage()));
            return user.exitCode().code();
          }
          return internalError(ex, err);
        });
    int code = execute(cli, args, err);
    out.flush();
    // Whatever the command printed (a report, help, a check's result) must have reached standard
    // output: `newsdiff compare A B > /dev/full` fails instead of exiting 0 with the report lost.
    if ((code == ExitCode.OK.code() || code == ExitCode.FINDING.code()) && out.checkError()) {
      UserError lost = ReportOutput.standardOutputLost();
      err.println("newsdiff: error: " + lost.getMessage());
      code = lost.exitCode().code();
    }
    err.flush();
    return code;
  }

  private static int execute(CommandLine cli, String[] args, PrintWriter err) {
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Only input that is too large or too many fills the heap: a bad input, said as one.
      UserError user = OutOfMemory.processing(inputsOf(cli));
      err.println("newsdiff: error: " + user.getMessage());
      return user.exitCode().code();
    } catch (Throwable t) {
      // An Error (a class missing from a broken install) is not an Exception and bypasses
      // picocli's handler: still one line, never a stack trace.
      return internalError(t, err);
    }
  }

  /** The inputs the command line named (its positional arguments), for a message. */
  private static List<String> inputsOf(CommandLine cli) {
    CommandLine.ParseResult result = cli.getParseResult();
    while (result != null && result.hasSubcommand()) {
      result = result.subcommand();
    }
    return result == null
        ? List.of()
        : result.matchedPositionals().stream().flatMap(p -> p.stringValues().stream()).toList();
  }

  /** A bug of ours: one line asking for a report; the stack trace only with NEWSDIFF_DEBUG. */
  private static int internalError(Throwable t, PrintWriter err) {
    err.println(
        "newsdiff: internal error: "
            + UserError.oneLine(String.valueOf(t))
            + " (please report this)");
    if (System.getenv("NEWSDIFF_DEBUG") != null) {
      t.printStackTrace(err);
    }
    return ExitCode.INTERNAL.code();
  }

  /**
   * Loads the sentence model on a second core while picocli starts and the files are read
   * (docs/performance.md). Its classes load on that thread too. A failure is left for the first
   * read, which loads again and reports it like any other error.
   */
  private static void preloadInBackground() {
    Thread loader =
        new Thread(
            () -> {
              try {
                NewsDiff.preload();
              } catch (RuntimeException | LinkageError e) {
                // reported by the first read
              }
            },
            "newsdiff-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** "; did you mean compare?" for a misspelt command or option, else nothing. */
  private static String didYouMean(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      return "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
    }
    return "";
  }
}
