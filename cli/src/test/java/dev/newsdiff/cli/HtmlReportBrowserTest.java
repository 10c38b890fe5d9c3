package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the HTML report of the samples in headless Chromium (Debian's chromium and chromium-driver,
 * which .ci/run installs) and checks what a reader sees. Skipped on a machine without them, except
 * under CI, where their absence fails the test.
 */
class HtmlReportBrowserTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private static ChromeDriver browser;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    boolean available = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!available && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(
          "CI needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)");
    }
    Assumptions.assumeTrue(
        available, "Chromium is not installed; apt-get install chromium chromium-driver");
    // Selenium warns that it has no DevTools bindings for this Chromium; the test does not use
    // them.
    java.util.logging.Logger.getLogger("org.openqa.selenium")
        .setLevel(java.util.logging.Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Path report(String... files) throws Exception {
    Path html = Files.createTempFile(dir, "report", ".html");
    String[] args = new String[files.length + 4];
    args[0] = "compare";
    args[1] = "--format=html";
    args[2] = "--output";
    args[3] = html.toString();
    System.arraycopy(files, 0, args, 4, files.length);
    Run run = Run.of(args);
    assertThat(run.code()).as(run.err()).isZero();
    return html;
  }

  @Test
  void exclusivesAndHighlightedDifferencesAreVisible() throws Exception {
    Path html = report("../samples/turkiye-defence-briefing");
    browser.get(html.toUri().toString());
    WebElement exclusives = browser.findElement(By.id("exclusives"));
    assertThat(exclusives.isDisplayed()).isTrue();
    assertThat(exclusives.getText()).contains("548 kilometers").contains("Gaza");
    List<WebElement> deleted = browser.findElements(By.cssSelector("#side-by-side del"));
    List<WebElement> inserted = browser.findElements(By.cssSelector("#side-by-side ins"));
    assertThat(deleted).anyMatch(WebElement::isDisplayed);
    assertThat(inserted).anyMatch(WebElement::isDisplayed);
    assertThat(
            browser
                .findElement(By.cssSelector("#side-by-side ins"))
                .getCssValue("background-color"))
        .isNotEqualTo("rgba(0, 0, 0, 0)");
    assertThat(browser.findElement(By.id("coverage")).getText()).contains("●");
    assertThat(browser.findElement(By.id("furniture")).getText())
        .doesNotContain("2 min read"); // folded away
    // What the README shows (docs/report.png is a copy of this): the side-by-side rows.
    browser.executeScript("document.getElementById('st7').scrollIntoView()");
    Files.write(
        Path.of("target", "report-screenshot.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** The page was titled with the first article's headline, whatever the others ran. */
  @Test
  void theStorysHeadlineTitlesThePage() throws Exception {
    browser.get(report("../samples/turkiye-defence-briefing").toUri().toString());
    String headline =
        "Türkiye plans technical visits to Syria, rejects claims of Turkish peacekeepers being sent"
            + " to Ukraine";
    assertThat(browser.getTitle()).isEqualTo("newsdiff: " + headline);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
    assertThat(browser.findElements(By.cssSelector("p.notice"))).isEmpty();
  }

  /** Unrelated articles read like one story whose outlets simply disagreed on everything. */
  @Test
  void unrelatedArticlesAreSaidToBeDifferentStories() throws Exception {
    browser.get(report("../samples/unrelated-stories").toUri().toString());
    WebElement notice = browser.findElement(By.cssSelector("header p.notice"));
    assertThat(notice.isDisplayed()).isTrue();
    assertThat(notice.getText())
        .isEqualTo(
            "These look like different stories: only 0 of 40 body sentences match a sentence of"
                + " another outlet.");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2 outlets compared");
  }

  /**
   * Word diffs were drawn against the alphabetically first outlet: in ferry-fire, coastal-times,
   * where the rewrite (maritime-daily) follows the agency (harbor-wire). The agency's text is the
   * one marked as the reference, and the rewrite's changes are against it.
   */
  @Test
  void diffsAreDrawnAgainstTheLikelySource() throws Exception {
    browser.get(report("../samples/ferry-fire").toUri().toString());
    List<WebElement> references =
        browser.findElements(
            By.cssSelector("#side-by-side td[data-outlet='harbor-wire'] p.reference"));
    assertThat(references).isNotEmpty().allMatch(WebElement::isDisplayed);
    assertThat(references.get(0).getCssValue("border-left-style")).isEqualTo("solid");
    assertThat(
            browser.findElements(
                By.cssSelector("#side-by-side td[data-outlet='maritime-daily'] p.reference")))
        .isEmpty();
  }

  @Test
  void filtersWorkWithScriptAndEverythingShowsWithout() throws Exception {
    Path html = report("../samples/turkiye-defence-briefing");
    browser.get(html.toUri().toString());
    WebElement form = browser.findElement(By.id("filters"));
    assertThat(form.isDisplayed()).as("the script reveals the filters").isTrue();
    int visible = visibleRows();
    browser.findElement(By.id("only-quotes")).click();
    int quotes = visibleRows();
    assertThat(quotes).isPositive().isLessThan(visible);
    browser.findElement(By.id("only-quotes")).click();
    WebElement outlet = browser.findElement(By.id("outlet"));
    outlet.click();
    outlet.findElement(By.cssSelector("option[value='trt-world']")).click();
    assertThat(
            browser.findElements(By.cssSelector("tr.exclusive")).stream()
                .noneMatch(WebElement::isDisplayed))
        .as("Daily Sabah's exclusives are hidden when only TRT World is shown")
        .isTrue();
    // Without the script the page shows everything and no filters.
    String noScript =
        Files.readString(html, StandardCharsets.UTF_8).replaceAll("(?s)<script>.*?</script>", "");
    Path plain = Files.writeString(dir.resolve("noscript.html"), noScript, StandardCharsets.UTF_8);
    browser.get(plain.toUri().toString());
    assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
    assertThat(visibleRows()).isEqualTo(visible);
  }

  @Test
  void articleTextIsNeverMarkup() throws Exception {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"),
            "The council met on Monday to discuss the budget <script>window.pwned = 1</script> in full.\nIt approved 12 projects.\n",
            StandardCharsets.UTF_8);
    Path b =
        Files.writeString(
            dir.resolve("b.txt"),
            "The council met on Monday to discuss the budget <img src=x onerror=\"window.pwned = 2\"> in full.\nIt approved 15 projects.\n",
            StandardCharsets.UTF_8);
    Path html = report(a.toString(), b.toString());
    browser.get(html.toUri().toString());
    assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
    assertThat(browser.findElement(By.id("side-by-side")).getText())
        .contains("<script>window.pwned = 1</script>");
    assertThat(browser.findElements(By.cssSelector("#side-by-side img"))).isEmpty();
  }

  private static int visibleRows() {
    return (int)
        browser.findElements(By.cssSelector("tr.statement, tr.exclusive")).stream()
            .filter(WebElement::isDisplayed)
            .count();
  }
}
