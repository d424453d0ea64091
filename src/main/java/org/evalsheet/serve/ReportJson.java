package org.evalsheet.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evalsheet.model.Finding;
import org.evalsheet.score.FileResult;
import org.evalsheet.write.AtomicFiles;
import org.evalsheet.write.JsonReport;

/**
 * The JSON the server adds to or takes from the report (报告 JSON): {@code previous} on each resubmission in
 * report.json, and one file's entry for {@code POST /api/check}. The report is handled as a tree, so fields that
 * {@code write.JsonReport} gains later pass through untouched.
 */
final class ReportJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          // A round of thousands of files makes a report far above Jackson's default document limits.
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private ReportJson() {}

  /** Adds {@code previous} to the entries of report.json whose file is a key of {@code compared}. */
  static void addPrevious(Path report, Map<String, Resubmission> compared) throws IOException {
    if (!Files.isRegularFile(report)) {
      return;
    }
    JsonNode root = MAPPER.readTree(report.toFile());
    JsonNode files = root.path("files");
    if (!files.isArray()) {
      return;
    }
    for (JsonNode f : files) {
      Resubmission r = compared.get(f.path("file").asText(null));
      if (r != null && f instanceof ObjectNode o) {
        o.set("previous", previous(r));
      }
    }
    byte[] bytes = MAPPER.writeValueAsBytes(root);
    AtomicFiles.write(report, out -> out.write(bytes));
  }

  /** A comparison as JSON: the earlier file, the findings fixed, remaining and new, the numbers changed. */
  static ObjectNode previous(Resubmission r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("file", r.previousFile());
    o.put("received", r.previousReceived());
    findings(o.putArray("fixed"), r.fixed());
    findings(o.putArray("remaining"), r.remaining());
    findings(o.putArray("new"), r.added());
    ArrayNode changed = o.putArray("changed");
    for (Resubmission.Change c : r.changed()) {
      ObjectNode n = changed.addObject();
      n.put("table", c.table());
      n.put("item", c.item());
      n.put("what", c.what());
      n.put("from", c.from());
      n.put("to", c.to());
      n.put("cell", c.cell() == null ? null : c.cell().toString());
    }
    return o;
  }

  private static void findings(ArrayNode a, List<Finding> list) {
    for (Finding f : list) {
      ObjectNode n = a.addObject();
      n.put("severity", f.severity().key());
      n.put("code", f.code());
      n.put("cell", f.cell() == null ? null : f.cell().toString());
      n.put("message", f.message());
    }
  }

  /**
   * One checked file as {@code POST /api/check} answers it: the file's entry exactly as report.json has it, plus
   * {@code page} (its page) and {@code filledCopy} (its filled copy, or null when none was written).
   */
  static String check(FileResult result, String page, String filledCopy) throws IOException {
    JsonNode root = MAPPER.readTree(JsonReport.toJson(List.of(result)));
    ObjectNode file = (ObjectNode) root.path("files").get(0);
    file.put("page", page);
    file.put("filledCopy", filledCopy);
    return MAPPER.writeValueAsString(file);
  }

  /** A small JSON object with one message, for the API's refusals ({@code {"error": "…"}}). */
  static String error(String message) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("error", message);
    try {
      return MAPPER.writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
