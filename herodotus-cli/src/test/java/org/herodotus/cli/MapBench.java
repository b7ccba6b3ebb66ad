package org.herodotus.cli;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A benchmark, not a test: how smooth the web UI's map stays over many events. Opens a dashboard
 * address of a running {@code herodotus serve} in headless Chromium, then zooms in and out and
 * pans, and reports how long the points took to arrive and how long each redraw of the markers
 * took (the page records both on the map's element), with the number of events and markers.
 *
 * <pre>
 * mvn -q -o -pl herodotus-cli exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.herodotus.cli.MapBench \
 *     -Dexec.args="'http://127.0.0.1:8080/#/?type=ASSAULT' /usr/bin/chromium /usr/bin/chromedriver"
 * </pre>
 */
public final class MapBench {

  private MapBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException("Usage: MapBench DASHBOARD-URL CHROMIUM CHROMEDRIVER");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File(args[1]));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(args[2])).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(5));
      long start = System.nanoTime();
      browser.get(args[0]);
      wait.until(d -> d.findElements(By.cssSelector("#map[data-draw-ms]")).size() == 1);
      long shown = (System.nanoTime() - start) / 1_000_000;
      String points = attribute(browser, "data-points-ms");
      String events = attribute(browser, "data-events");
      List<Double> draws = new ArrayList<>();
      List<Integer> markers = new ArrayList<>();
      JavascriptExecutor js = browser;
      // zoom in four times and out again, then pan around: each move ends in one redraw
      String[] moves = {"in", "in", "in", "in", "out", "out", "out", "out", "pan", "pan", "pan", "pan", "in", "pan", "out", "pan"};
      for (String move : moves) {
        js.executeScript("document.getElementById('map').removeAttribute('data-draw-ms')");
        switch (move) {
          case "in" -> browser.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
          case "out" -> browser.findElement(By.cssSelector(".leaflet-control-zoom-out")).click();
          default -> js.executeScript("document.getElementById('map').focus();");
        }
        if (move.equals("pan")) {
          new org.openqa.selenium.interactions.Actions(browser).moveToElement(browser.findElement(By.id("map")))
              .clickAndHold().moveByOffset(150, 80).release().perform();
        }
        wait.until(d -> d.findElements(By.cssSelector("#map[data-draw-ms]")).size() == 1);
        draws.add(Double.parseDouble(attribute(browser, "data-draw-ms")));
        markers.add(Integer.parseInt(attribute(browser, "data-markers")));
      }
      Collections.sort(draws);
      System.out.printf(Locale.ROOT, "events %s, first markers after %d ms (points answer %s ms in the browser)%n", events, shown, points);
      System.out.printf(Locale.ROOT, "redraws %d: p50 %.1f ms, p95 %.1f ms, max %.1f ms; markers per view %d to %d%n", draws.size(),
          draws.get(draws.size() / 2), draws.get((int) Math.ceil(draws.size() * 0.95) - 1), draws.get(draws.size() - 1),
          Collections.min(markers), Collections.max(markers));
    } finally {
      browser.quit();
    }
  }

  private static String attribute(ChromeDriver browser, String name) {
    return browser.findElement(By.id("map")).getAttribute(name);
  }
}
