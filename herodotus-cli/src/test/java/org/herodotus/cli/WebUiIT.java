package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.export.ServedFormats;
import org.herodotus.server.Server;
import org.herodotus.server.ServerConfig;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium: the sample articles (and one with markup in its text) are
 * ingested with the standard pipeline, served, and looked at as a user would: markers on the map,
 * a brush on the timeline that shrinks the table, an event page with its evidence highlighted, an
 * article page where an article's {@code <script>} is shown and not run, an actor page, and the
 * dashboard on a phone-sized screen. Screenshots of each page go to {@code target/screenshots/}.
 *
 * <p>Needs Chromium and its driver (Debian: {@code chromium}, {@code chromium-driver}; found on
 * the path or through {@code HERODOTUS_TEST_CHROMIUM} and {@code HERODOTUS_TEST_CHROMEDRIVER});
 * skipped without them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

  /** An article written for this test whose text carries markup that must stay text. */
  static final String HOSTILE = """
      ALEPPO, Syria (Test Wire) - Government forces shelled rebel positions near Aleppo on Monday, killing three \
      fighters, a monitoring group said. <script>window.pwned = 'script';</script> \
      <img src="x" onerror="window.pwned = 'img'"> Rebel commanders said they would answer the attack.
      """;

  @TempDir static Path samples;
  @TempDir static Path data;
  static Path screenshots;
  static Server server;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void serveTheSamples() throws IOException {
    File chromium = executable("HERODOTUS_TEST_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
    File driver = executable("HERODOTUS_TEST_CHROMEDRIVER", "chromedriver");
    assumeTrue(chromium != null && driver != null,
        "Chromium or chromedriver not found (apt-get install chromium chromium-driver): the browser tests are skipped");
    for (String name : List.of(Samples.DEFECTORS, Samples.AID_CONVOY, Samples.KABUL_HTML, Samples.WIRE_JSONL)) {
      Files.write(samples.resolve(name), Samples.bytes(name));
    }
    Files.writeString(samples.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
    Console ingest = Console.run("ingest", "--date", "2017-09-05", "--data", data.toString(), samples.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();

    server = Server.start(new ServerConfig(data, "127.0.0.1", 0, new ServedFormats(), UnaryOperator.identity(), System.err));
    base = "http://127.0.0.1:" + server.port() + "/";
    screenshots = Path.of("target", "screenshots");
    Files.createDirectories(screenshots);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-extensions", "--no-first-run", "--window-size=1280,1100");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // The page re-renders its table when data arrives: an element found a moment earlier may be gone.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void dashboard_showsMarkersOnTheMap_theTimeline_andTheTable() throws IOException {
    browser.get(base);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tbody tr")));
    wait.until(d -> Integer.parseInt(attribute("#map", "data-markers", "0")) > 0);
    int markers = browser.findElements(By.cssSelector("#map .cluster-marker, #map path.leaflet-interactive")).size();
    assertThat(markers).as("markers drawn on the map").isPositive();
    assertThat(browser.findElements(By.cssSelector("#timeline .u-over"))).as("the timeline chart").hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#downloads a[data-format]"))).hasSize(4);
    assertThat(script("return performance.getEntriesByType('resource').map(r => new URL(r.name).origin)"))
        .as("nothing fetched from another host").asList().allMatch(origin -> ((String) origin).startsWith(base.substring(0, base.length() - 1)));
    screenshot("dashboard");
  }

  @Test
  @Order(2)
  void clickingAHeading_sortsTheTableByIt() {
    browser.get(base);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tbody tr")));
    wait.until(d -> {
      d.findElements(By.cssSelector("#events th.sortable")).stream().filter(th -> th.getText().startsWith("Place"))
          .findFirst().orElseThrow().click();
      return true;
    });
    wait.until(ExpectedConditions.urlContains("sort=-place"));
    wait.until(d -> !d.findElements(By.cssSelector("#events th.sorted-desc")).isEmpty()
        && d.findElement(By.cssSelector("#events th.sorted-desc")).getText().startsWith("Place"));
    List<String> places = wait.until(d -> {
      List<String> texts = d.findElements(By.cssSelector("#events tbody tr td:nth-child(6)")).stream()
          .map(WebElement::getText).filter(t -> !t.isBlank()).map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
      return texts.isEmpty() ? null : texts;
    });
    assertThat(places).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  @Order(2)
  void brushingTheTimeline_filtersTheTable() throws IOException {
    browser.get(base);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tbody tr")));
    long before = total();
    WebElement chart = browser.findElement(By.cssSelector("#timeline .u-over"));
    int width = chart.getSize().getWidth();
    // drag across the right third of the chart: the latest events only
    new Actions(browser).moveToElement(chart, width / 6, 0).clickAndHold().moveByOffset(width / 3 - 2, 0).release().perform();
    wait.until(d -> d.getCurrentUrl().contains("from=") && d.getCurrentUrl().contains("to="));
    wait.until(d -> total() < before);
    assertThat(total()).isLessThan(before);
    assertThat(browser.findElement(By.cssSelector("#filters input[name=from]")).getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}");
    screenshot("timeline-brushed");
  }

  @Test
  @Order(3)
  void openingAnEvent_showsItsEvidenceHighlightedInItsArticle_andItsSources() throws IOException {
    browser.get(base);
    WebElement row = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#events tbody tr")));
    row.click();
    wait.until(ExpectedConditions.urlContains("#/event/"));
    WebElement evidence = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark.evidence")));
    assertThat(evidence.getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#article-text mark.evidence .trigger"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#chain .link"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#reports li"))).isNotEmpty();
    assertThat(browser.findElement(By.id("facts")).getText()).contains("Who", "Where", "When");
    screenshot("event");
  }

  @Test
  @Order(4)
  void aReportedEvent_showsTheChainFromSpeakerThroughTheCitedOutletToThePublisher() {
    browser.get(base + "#/?text=" + "smugglers");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tbody tr")));
    browser.findElements(By.cssSelector("#events tbody tr")).stream()
        .filter(r -> r.getText().contains("reported")).findFirst().orElseThrow().click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chain .link")));
    String chain = browser.findElement(By.id("chain")).getText();
    assertThat(chain).contains("Guardian").contains("Kurdistan 24");
  }

  @Test
  @Order(5)
  void anArticleWithMarkup_showsItAsText_andRunsNone() throws Exception {
    String document = null;
    for (JsonNode hit : get("api/search?q=monitoring").get("items")) {
      if (hit.toString().contains("shelled rebel positions near Aleppo")) {
        document = hit.get("documentId").asText();
      }
    }
    assertThat(document).as("the article with markup is stored and found").isNotNull();
    browser.get(base + "#/article/" + document);
    wait.until(d -> d.findElements(By.id("article-title")).size() == 1
        && d.findElement(By.id("article-text")).getText().contains("<script>"));
    assertThat(browser.findElement(By.id("article-text")).getText()).contains("<script>window.pwned = 'script';</script>").contains("onerror=");
    assertThat(browser.findElements(By.cssSelector("#article-text script, #article-text img"))).isEmpty();
    assertThat(script("return window.pwned === undefined")).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("#article-text .ann.place"))).isNotEmpty();
    screenshot("article");
  }

  @Test
  @Order(6)
  void actorPage_showsAliasesCodeAndEventsOverTime() throws IOException {
    browser.get(base + "#/actors?q=islamic");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#actors tbody a"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aliases")));
    assertThat(browser.findElement(By.id("actor-name")).getText()).isEqualTo("Islamic State");
    assertThat(browser.findElements(By.cssSelector("#aliases span"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#actor-timeline .u-over"))).hasSize(1);
    screenshot("actor");
  }

  @Test
  @Order(7)
  void onAPhoneSizedScreen_theDashboardFitsItsWidth() throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.get(base);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tbody tr")));
      Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(1);
      screenshot("phone");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1100));
    }
  }

  private static JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static long total() {
    Matcher m = Pattern.compile("of ([\\d,]+)").matcher(browser.findElement(By.id("summary")).getText());
    return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
  }

  private static String attribute(String css, String name, String otherwise) {
    List<WebElement> found = browser.findElements(By.cssSelector(css));
    String value = found.isEmpty() ? null : found.get(0).getAttribute(name);
    return value == null ? otherwise : value;
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  private static void screenshot(String name) throws IOException {
    Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** The file named by environment variable {@code variable}, else the first of {@code names} on the path. */
  private static File executable(String variable, String... names) {
    String given = System.getenv(variable);
    if (given != null && !given.isBlank()) {
      File file = new File(given);
      return file.canExecute() ? file : null;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        File file = new File(dir, name);
        if (file.canExecute()) {
          return file;
        }
      }
    }
    return null;
  }
}
