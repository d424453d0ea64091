package org.evalsheet.write;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.Version;

/**
 * The report's {@code run} object (运行信息): start, seconds, version, inbox, out, the profile with its grade bands,
 * the roster file, the units missing and the submissions not on the roster.
 */
final class RunJson {
  private RunJson() {}

  static void write(JsonGenerator g, RunInfo run) throws IOException {
    g.writeObjectFieldStart("run");
    g.writeStringField("started", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        run.started().atZone(ZoneId.systemDefault()).toOffsetDateTime().withNano(0)));
    if (run.elapsed() == null) {
      g.writeNullField("seconds");
    } else {
      g.writeNumberField("seconds",
          BigDecimal.valueOf(run.elapsed().toMillis()).movePointLeft(3).setScale(1, RoundingMode.HALF_UP));
    }
    g.writeStringField("version", Version.get());
    g.writeStringField("inbox", path(run.inbox()));
    g.writeStringField("out", path(run.out()));
    g.writeObjectFieldStart("profile");
    g.writeStringField("name", run.profile());
    g.writeArrayFieldStart("grades");
    for (GradeScale.Band b : run.grades().bands()) {
      g.writeStartObject();
      BigDecimal min = b.min().stripTrailingZeros();
      g.writeNumberField("min", min.scale() < 0 ? min.setScale(0) : min);
      g.writeStringField("grade", b.grade());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeStringField("roster", path(run.rosterFile()));
    if (run.roster() == null) {
      g.writeNullField("rosterUnits");
      g.writeNullField("unitsMissing");
      g.writeNullField("unitsNotOnRoster");
    } else {
      g.writeNumberField("rosterUnits", run.roster().size());
      g.writeArrayFieldStart("unitsMissing");
      for (String u : run.missingUnits()) {
        g.writeString(u);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unitsNotOnRoster");
      for (RunInfo.Unlisted u : run.notOnRoster()) {
        g.writeStartObject();
        g.writeStringField("unit", u.unit().isEmpty() ? null : u.unit());
        g.writeStringField("file", u.file());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static String path(Path p) {
    return p == null ? null : p.toAbsolutePath().normalize().toString();
  }
}
