import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads each line "text|words of the quote|speaker" of a probe file ("\n" in the text is a
 * paragraph break; speaker "null" means none) and prints "ok" or "MISS" with what newsdiff read:
 * the speaker as written and its fullest name, either of which may match, ignoring case. Run with
 * a built jar: {@code java -cp cli/target/newsdiff.jar experiments/speakers25-probe/Probe.java
 * experiments/speakers25-probe/classes.txt}.
 */
public class Probe {
  public static void main(String[] args) throws Exception {
    int right = 0;
    int all = 0;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|");
      String text = f[0].replace("\\n", "\n");
      Optional<Quote> q =
          NewsDiff.parse("p", text).quotes().stream()
              .filter(x -> x.text().contains(f[1]))
              .findFirst();
      boolean ok =
          q.isPresent()
              && (f[2].equals("null")
                  ? q.get().speaker() == null
                  : Stream.of(q.get().speaker(), q.get().speakerName())
                      .anyMatch(n -> n != null && n.equalsIgnoreCase(f[2])));
      all++;
      right += ok ? 1 : 0;
      String got = q.map(x -> x.speaker() + " / " + x.speakerName()).orElse("no quote");
      System.out.println((ok ? "ok   " : "MISS ") + f[2] + " <- " + got + "   [" + f[0] + "]");
    }
    System.out.println(right + "/" + all);
  }
}
