package org.herodotus.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.herodotus.gazetteer.BaseMap;

/**
 * The web UI's files, all read from the jars at start and served from memory: the page, its script
 * and style (beside this class, in {@code web/}), Leaflet and uPlot from their webjars, and the
 * offline base map from the gazetteer. A fixed list of paths, so nothing else on the class path
 * can be asked for, and no file is fetched from any other host.
 */
final class WebAssets {

  private static final String LEAFLET = "/META-INF/resources/webjars/leaflet/1.9.4/dist/";
  private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";

  /** One file: its bytes and media type. */
  private record Asset(byte[] bytes, String mediaType) {}

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  WebAssets() {
    add("/", "web/index.html", "text/html; charset=utf-8");
    add("/app.js", "web/app.js", "text/javascript; charset=utf-8");
    add("/app.css", "web/app.css", "text/css; charset=utf-8");
    add("/vendor/leaflet.js", LEAFLET + "leaflet.js", "text/javascript; charset=utf-8");
    add("/vendor/leaflet.css", LEAFLET + "leaflet.css", "text/css; charset=utf-8");
    add("/vendor/uPlot.js", UPLOT + "uPlot.iife.min.js", "text/javascript; charset=utf-8");
    add("/vendor/uPlot.css", UPLOT + "uPlot.min.css", "text/css; charset=utf-8");
    assets.put("/basemap.json", new Asset(BaseMap.topoJson(), "application/json"));
  }

  void routes(Javalin app) {
    assets.forEach((path, asset) -> app.get(path, ctx -> serve(ctx, asset)));
  }

  private static void serve(Context ctx, Asset asset) {
    if (!ctx.queryParamMap().isEmpty() && !ctx.path().equals("/")) {
      throw new IllegalArgumentException(ctx.path() + " takes no parameters");
    }
    ctx.status(200).contentType(asset.mediaType()).result(asset.bytes());
  }

  private void add(String path, String resource, String mediaType) {
    try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the web UI's " + resource + " is missing from the class path: rebuild the server module");
      }
      assets.put(path, new Asset(in.readAllBytes(), mediaType));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
