package org.herodotus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herodotus.search.SearchHit;
import org.herodotus.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus search QUERY}: the stored articles that best match a full-text query (BM25),
 * each with a highlighted snippet and the evidence sentences of its matching events.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the stored articles and their events' evidence sentences; ranks",
        "documents by BM25 and shows each with a snippet (matching words in [brackets])",
        "and its matching events."},
    footer = {"", "Query syntax (Lucene's classic syntax):",
        "  defectors Idlib smugglers        any word may match; more matches rank higher",
        "  \"border guards\"                  a phrase",
        "  +smugglers -Turkey               required and excluded words",
        "  smugglers AND (Idlib OR Aleppo)  AND, OR, NOT (upper case) and groups",
        "  smuggl*                          a prefix",
        "  field:value                      an article's title, text, source (outlet),",
        "                                   published, url; an event's evidence, plover,",
        "                                   code, country (of its place), date",
        "  published:[2017-01-01 TO 2017-12-31]  a range",
        "Words match by English stem (smuggler finds smugglers); codes, countries and",
        "dates match whole, in any case: plover:assault, country:SY, code:19*.",
        "An article's and an event's fields are separate entries: title:x AND plover:y",
        "finds nothing; evidence:x AND plover:y finds events.",
        "", "Examples:",
        "  herodotus search \"defectors Idlib smugglers\"",
        "  herodotus search -f json --limit 50 'plover:ASSAULT AND country:SY AND market'",
        "", "Exit status: 0 searched (perhaps nothing found), 2 a bad query or no store."})
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several arguments are joined with spaces.")
  List<String> words;

  @Mixin DataOption data;

  @Option(names = "--limit", paramLabel = "N", description = "At most N documents (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default) or json (JSON Lines, one document a line).")
  String format = "table";

  @Override
  public Integer call() throws IOException {
    if (!format.equals("table") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be table or json, got '" + format + "'");
    }
    List<SearchHit> hits = TextIndex.search(data.data, String.join(" ", words), limit);
    try (Writer out = Outputs.open(null)) {
      if (format.equals("json")) {
        ObjectMapper mapper = new ObjectMapper();
        for (SearchHit hit : hits) {
          out.write(mapper.writeValueAsString(json(mapper, hit)));
          out.write('\n');
        }
      } else {
        table(out, hits);
      }
    }
    return 0;
  }

  private static void table(Writer out, List<SearchHit> hits) throws IOException {
    if (hits.isEmpty()) {
      out.write("no documents match\n");
    }
    int rank = 1;
    for (SearchHit hit : hits) {
      out.write(String.format(Locale.ROOT, "%d. %s  %s%n   %s, %s  (score %.2f)%n   %s%n", rank++, hit.documentId(),
          or(hit.title(), "(no title)"), or(hit.source(), "(no outlet)"), or(hit.published(), "undated"), hit.score(),
          hit.snippet()));
      for (SearchHit.Evidence e : hit.events()) {
        out.write(String.format(Locale.ROOT, "   event %s %s %s: %s%n", EventQuery.Within.eventId(hit.documentId(), e.index()),
            or(e.code(), "-"), or(e.plover(), "-"), e.text()));
      }
    }
  }

  private static ObjectNode json(ObjectMapper mapper, SearchHit hit) {
    ObjectNode o = mapper.createObjectNode();
    o.put("document", hit.documentId());
    o.put("score", hit.score());
    o.put("title", hit.title());
    o.put("source", hit.source());
    o.put("published", hit.published());
    o.put("url", hit.url());
    o.put("snippet", hit.snippet());
    ArrayNode events = o.putArray("events");
    for (SearchHit.Evidence e : hit.events()) {
      events.addObject().put("event", EventQuery.Within.eventId(hit.documentId(), e.index())).put("index", e.index())
          .put("code", e.code()).put("plover", e.plover()).put("evidence", e.text());
    }
    return o;
  }

  private static String or(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }
}
