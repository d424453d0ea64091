package org.evalsheet.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Version;
import org.evalsheet.review.LeafReview;
import org.evalsheet.review.Quantity;
import org.evalsheet.review.Review;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;

/**
 * The machine-readable report (JSON 报告) of {@code --json}: tool, version, the run ({@link RunJson}), every file
 * with its tables, and totals by status. A table of a file that must go back (invalid) has {@code grade: null}. Numbers are JSON numbers as a clerk writes them ({@code 98.4}, {@code 3}), rows 1-based, Chinese
 * unescaped.
 */
public final class JsonReport {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private JsonReport() {}

  /**
   * Writes the report; the caller chooses the writer's encoding (UTF-8) and closes it.
   *
   * @param files the results in the order to report them
   * @param out where the JSON goes; flushed, not closed
   * @throws IOException when the writer fails
   */
  public static void write(List<FileResult> files, Writer out) throws IOException {
    write(files, null, out);
  }

  /**
   * Writes the report with the run's facts ({@code run}) and, per file, where its filled copy is and which newer
   * file superseded it, so that the report stands alone.
   *
   * @param files the results in the order to report them
   * @param run what the run was asked and found, or null to leave {@code run} and the per-file links out
   * @param out where the JSON goes; flushed, not closed
   * @throws IOException when the writer fails
   */
  public static void write(List<FileResult> files, RunInfo run, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "evalsheet");
      g.writeStringField("version", Version.get());
      if (run != null) {
        RunJson.write(g, run);
      }
      g.writeArrayFieldStart("files");
      for (FileResult f : files) {
        file(g, f, run);
      }
      g.writeEndArray();
      totals(g, files);
      g.writeEndObject();
    }
    out.flush();
  }

  /** The report as a string. */
  public static String toJson(List<FileResult> files) {
    StringWriter w = new StringWriter();
    try {
      write(files, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void file(JsonGenerator g, FileResult f, RunInfo run) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", f.file());
    g.writeStringField("status", f.status().key());
    g.writeStringField("reason", f.reason());
    if (run != null) {
      g.writeStringField("filledCopy", run.filledCopy().apply(f.file()));
      String by = run.supersededBy().get(f.file());
      g.writeStringField("supersededBy", by == null || by.isEmpty() ? null : by);
    }
    g.writeArrayFieldStart("tables");
    for (TableResult t : f.tables()) {
      table(g, t, f.status() == Status.INVALID);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A table; one of a file that must go back has no grade, as in the summary. */
  private static void table(JsonGenerator g, TableResult result, boolean returned) throws IOException {
    IndicatorTable t = result.table();
    Evaluation e = result.evaluation();
    g.writeStartObject();
    g.writeStringField("sheet", t.sheet());
    g.writeStringField("title", t.title());
    g.writeStringField("unit", t.unit());
    g.writeStringField("project", t.project());
    g.writeStringField("unitSource", t.unitSource().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("headerRow", t.headerRow() + 1);
    g.writeStringField("weightScale", t.scale().kind().name().toLowerCase(Locale.ROOT));
    number(g, "weightTotal", e == null ? null : e.weightTotal());
    number(g, "fullMark", e == null ? null : e.fullMark());
    number(g, "applicableWeight", e == null ? null : e.applicableWeight());
    number(g, "scoreTotal", e == null ? null : e.scoreTotal());
    number(g, "rate", e == null ? null : e.rate());
    number(g, "scoreOnHundred", e == null ? null : e.onHundred());
    g.writeStringField("grade", result.grade(returned));
    if (t.has(Column.REVIEW_SCORE)) {
      number(g, "reviewerScore", e == null ? null : e.reviewerTotal());
    }
    Review review = result.review();
    if (review.applies()) {
      number(g, "ruleTotal", review.ruleTotal());
      number(g, "ruleGap", review.gap());
      number(g, "executionRate", review.executionRate());
      number(g, "executionCap", review.cap());
    }
    g.writeBooleanField("template", e != null && e.template());
    g.writeNumberField("errors", result.errors());
    g.writeNumberField("warnings", result.warnings());
    g.writeArrayFieldStart("groups");
    if (e != null) {
      for (GroupScore s : e.groups()) {
        g.writeStartObject();
        g.writeNumberField("level", s.level());
        g.writeStringField("name", s.name());
        number(g, "declaredWeight", s.group().declaredWeight());
        number(g, "weight", s.weight());
        number(g, "score", s.score());
        number(g, "rate", s.rate());
        if (s.group().ownRow() != null) {
          g.writeNumberField("groupRow", s.group().ownRow().row() + 1);
        }
        if (s.group().subtotal() != null) {
          g.writeNumberField("subtotalRow", s.group().subtotal().row() + 1);
        }
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    indicators(g, t, e, result.review());
    g.writeArrayFieldStart("deductions");
    if (e != null) {
      for (Deduction d : e.deductions()) {
        g.writeStartObject();
        g.writeStringField("indicator", d.name());
        number(g, "points", d.points());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeStringField("conclusion", result.conclusion(returned));
    g.writeArrayFieldStart("findings");
    for (Finding f : result.findings()) {
      g.writeStartObject();
      g.writeStringField("severity", f.severity().key());
      g.writeStringField("code", f.code());
      g.writeStringField("cell", f.cell() == null ? null : f.cell().toString());
      g.writeStringField("message", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void indicators(JsonGenerator g, IndicatorTable t, Evaluation e, Review review)
      throws IOException {
    Map<Indicator, LeafScore> scores = new HashMap<>();
    if (e != null) {
      for (LeafScore l : e.leaves()) {
        scores.put(l.indicator(), l);
      }
    }
    Map<Indicator, LeafReview> reviews = new HashMap<>();
    for (LeafReview r : review.leaves()) {
      reviews.put(r.indicator(), r);
    }
    g.writeArrayFieldStart("indicators");
    for (Indicator i : t.indicators()) {
      LeafScore l = scores.get(i);
      g.writeStartObject();
      g.writeArrayFieldStart("path");
      for (String p : i.path()) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeNumberField("row", i.row() + 1);
      number(g, "weight", value(i.weight()));
      number(g, "score", l != null ? l.score() : value(i.score()));
      number(g, "rate", l == null ? null : l.rate());
      if (t.has(Column.REVIEW_SCORE)) {
        number(g, "reviewerScore", value(i.reviewerScore()));
      }
      if (i.notApplicable()) {
        g.writeBooleanField("notApplicable", true);
      }
      if (l != null && l.derivedFromRate()) {
        g.writeBooleanField("derivedFromRate", true);
      }
      LeafReview r = reviews.get(i);
      if (review.applies()) {
        g.writeStringField("kind", r == null ? LeafReview.Kind.NONE.key() : r.kind().key());
        if (r != null) {
          quantity(g, "target", r.target());
          quantity(g, "actual", r.actual());
          number(g, "ruleScore", r.ruleScore());
          if (r.grade() != null) {
            g.writeStringField("grade", r.grade());
            number(g, "ruleLow", r.bandLow());
            number(g, "ruleHigh", r.bandHigh());
          }
          if (!r.explanation().isEmpty()) {
            g.writeStringField("ruleBasis", r.explanation());
          }
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A target or actual as parsed: form, operator, value and high end in the base unit, units, date, text. */
  private static void quantity(JsonGenerator g, String name, Quantity q) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("form", q.form().name().toLowerCase(Locale.ROOT));
    g.writeStringField("operator", q.op().sign());
    number(g, "value", q.value());
    if (q.upper() != null) {
      number(g, "upper", q.upper());
    }
    g.writeStringField("unit", q.unit());
    g.writeStringField("baseUnit", q.base());
    if (q.date() != null) {
      g.writeStringField("date", q.date());
    }
    g.writeStringField("text", q.text());
    g.writeEndObject();
  }

  private static void totals(JsonGenerator g, List<FileResult> files) throws IOException {
    g.writeObjectFieldStart("totals");
    g.writeNumberField("files", files.size());
    for (Status s : Status.values()) {
      g.writeNumberField(s.key(), files.stream().filter(f -> f.status() == s).count());
    }
    g.writeEndObject();
  }

  private static BigDecimal value(Amount a) {
    return a.isNumber() ? a.value() : null;
  }

  /** A decimal as a JSON number without trailing zeros or exponent ({@code 3}, {@code 98.4}), or null. */
  private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
      return;
    }
    BigDecimal plain = v.stripTrailingZeros();
    g.writeNumberField(name, plain.scale() < 0 ? plain.setScale(0) : plain);
  }
}
