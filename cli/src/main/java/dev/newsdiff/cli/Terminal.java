package dev.newsdiff.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Makes the text report pleasant in a terminal: colour for deleted and inserted words and for
 * headings, and lines wrapped to the terminal's width under their own indentation. Output that is
 * not a terminal stays plain and unwrapped, so pipes and files get the stable report.
 */
final class Terminal {

  static final String RED = "\u001b[31m";
  static final String GREEN = "\u001b[32m";
  static final String BOLD = "\u001b[1m";
  static final String DIM = "\u001b[2m";
  static final String RESET = "\u001b[0m";

  private Terminal() {}

  /** Whether standard output is a terminal (Java 17: a console exists only then). */
  static boolean isTerminal() {
    return System.console() != null;
  }

  /** The terminal's width: $COLUMNS, else stty, else 100. */
  static int width() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) {
      return Integer.parseInt(columns);
    }
    if (new File("/dev/tty").exists()) {
      try {
        Process p =
            new ProcessBuilder("sh", "-c", "stty size < /dev/tty")
                .redirectErrorStream(true)
                .start();
        if (p.waitFor(1, TimeUnit.SECONDS)) {
          try (BufferedReader r =
              new BufferedReader(
                  new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            if (line != null && line.matches("\\d+ \\d+")) {
              return Integer.parseInt(line.split(" ")[1]);
            }
          }
        } else {
          p.destroy();
        }
      } catch (IOException e) {
        return 100;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return 100;
  }

  /** Wraps every line longer than {@code width} under its own indentation. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(wrapLine(line, width)).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static String wrapLine(String line, int width) {
    if (line.length() <= width || width < 30) {
      return line;
    }
    int indent = hangingIndent(line);
    StringBuilder out = new StringBuilder();
    String rest = line;
    boolean first = true;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= indent) {
        cut = rest.indexOf(' ', width);
        if (cut < 0) {
          break;
        }
      }
      out.append(rest, 0, cut).append('\n');
      rest = " ".repeat(indent) + rest.substring(cut + 1);
      first = false;
    }
    return first ? line : out.append(rest).toString();
  }

  /** Continuation lines start under the text after " anadolu-agency s3: ". */
  private static int hangingIndent(String line) {
    int lead = 0;
    while (lead < line.length() && line.charAt(lead) == ' ') {
      lead++;
    }
    int colon = line.indexOf(":  ");
    if (colon > 0 && colon < 40) {
      int at = colon + 1;
      while (at < line.length() && line.charAt(at) == ' ') {
        at++;
      }
      return at;
    }
    return Math.min(lead + 6, 40);
  }

  /** Deleted words red, inserted green, headings bold, "(reworded)" dim. */
  static String colour(String text) {
    return text.replace("[-", RED + "[-")
        .replace("-]", "-]" + RESET)
        .replace("{+", GREEN + "{+")
        .replace("+}", "+}" + RESET)
        .replaceAll("(?m)^(== .* ==)$", BOLD + "$1" + RESET)
        .replace("(reworded)", DIM + "(reworded)" + RESET);
  }
}
