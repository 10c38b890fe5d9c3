package dev.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public types of core, against the list in {@code src/test/resources/public-types.txt}: a type
 * made public or package-private shows up here, so widening the API is a decision someone reviews.
 * After an intended change, regenerate the list with {@code mvn -B -pl core test
 * -Dtest=PublicTypesTest -Dnewsdiff.updateGolden=true} and review its diff.
 */
class PublicTypesTest {

  private static final Path LIST = Path.of("src", "test", "resources", "public-types.txt");

  @Test
  void thePublicTypesAreTheListedOnes() throws IOException, URISyntaxException {
    String found = String.join("\n", publicTypes()) + "\n";
    if (Boolean.getBoolean("newsdiff.updateGolden")) {
      Files.writeString(LIST, found, StandardCharsets.UTF_8);
    }
    assertThat(found).isEqualTo(Files.readString(LIST, StandardCharsets.UTF_8));
  }

  /**
   * "kind name" for every type a user of core can name: public, and nested only in public types.
   */
  private static List<String> publicTypes() throws IOException, URISyntaxException {
    Path classes =
        Path.of(NewsDiff.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.endsWith("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .map(PublicTypesTest::load)
          .filter(PublicTypesTest::reachable)
          .map(c -> kind(c) + " " + c.getCanonicalName())
          .sorted()
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicTypesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("compiled but not loadable: " + name, e);
    }
  }

  private static boolean reachable(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static String kind(Class<?> c) {
    if (c.isRecord()) {
      return "record";
    }
    if (c.isEnum()) {
      return "enum";
    }
    if (c.isAnnotation()) {
      return "@interface";
    }
    return c.isInterface() ? "interface" : "class";
  }
}
