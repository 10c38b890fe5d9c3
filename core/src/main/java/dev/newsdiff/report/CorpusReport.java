package dev.newsdiff.report;

import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.corpus.CorpusSummary.OutletSummary;
import dev.newsdiff.internal.Controls;
import java.util.Locale;

/** The corpus summary as a table for people and as JSON (schema version 1) for programs. */
final class CorpusReport {

  private CorpusReport() {}

  /** One line of totals, then one row per outlet. */
  static String text(CorpusSummary s) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d articles from %d outlets in %d stories; %d stories carried by two or more articles compared.%n%n",
            s.articles(),
            s.outlets().size(),
            s.stories(),
            s.compared()));
    String row = "%-24s %9s %8s %11s %10s %8s %12s%n";
    out.append(
        String.format(
            Locale.ROOT,
            row,
            "outlet",
            "articles",
            "stories",
            "exclusives",
            "conflicts",
            "follows",
            "followed by"));
    for (OutletSummary o : s.outlets()) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              o.outlet(),
              o.articles(),
              o.stories(),
              o.exclusives(),
              o.conflicts(),
              o.follows(),
              o.followedBy()));
    }
    return Controls.visible(out.toString().replace("\r\n", "\n")); // outlet names are the user's
  }

  /** {@code {"schemaVersion":1,"corpus":{"articles":…,"stories":…,"compared":…,"outlets":[…]}}}. */
  static String json(CorpusSummary s) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("schemaVersion", JsonReport.SCHEMA_VERSION);
          g.writeObjectFieldStart("corpus");
          g.writeNumberField("articles", s.articles());
          g.writeNumberField("stories", s.stories());
          g.writeNumberField("compared", s.compared());
          g.writeArrayFieldStart("outlets");
          for (OutletSummary o : s.outlets()) {
            g.writeStartObject();
            g.writeStringField("outlet", o.outlet());
            g.writeNumberField("articles", o.articles());
            g.writeNumberField("stories", o.stories());
            g.writeNumberField("exclusives", o.exclusives());
            g.writeNumberField("conflicts", o.conflicts());
            g.writeNumberField("follows", o.follows());
            g.writeNumberField("followedBy", o.followedBy());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeEndObject();
        });
  }
}
