package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.model.Finding;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.FileResult;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resubmission against the unit's previous one (重新提交): fixed, remaining, new, and the numbers changed. */
class ResubmissionTest {
  private static final int SCORE = 9;

  /** The seed with 立项依据充分性 (weight 3) scored 3.5: above its weight. */
  static SeedWorkbook first() {
    return new SeedWorkbook().set(0, SCORE, "3.5");
  }

  /** That one fixed, and 预算编制科学性 (weight 4) now scored 4.5 instead. */
  static SeedWorkbook second() {
    return new SeedWorkbook().set(4, SCORE, "4.5");
  }

  private static FileResult read(Path file) {
    return new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), null).process(file, "自评表.xlsx");
  }

  @Test
  void findingsAreMatchedByIndicatorAndColumnNotByCell(@TempDir Path tmp) {
    FileResult older = read(first().write(tmp.resolve("a.xlsx")));
    FileResult newer = read(second().write(tmp.resolve("b.xlsx")));
    Resubmission r = Resubmission.compare(older, "2024-03-01T08:00:00Z", newer);
    assertThat(r.fixed()).extracting(Finding::code).contains("SCORE_ABOVE_WEIGHT");
    assertThat(r.fixed()).anySatisfy(f -> assertThat(f.message()).contains("立项依据充分性"));
    assertThat(r.added()).anySatisfy(f -> assertThat(f.message()).contains("预算编制科学性"));
    // The seed's only other findings are infos (a score the rule does not give), which a comparison leaves out.
    assertThat(r.remaining()).isEmpty();
    assertThat(r.changed()).extracting(c -> c.item() + " " + c.what() + " " + c.from() + "→" + c.to())
        .contains("决策/项目立项/立项依据充分性 得分 3.5→3", "决策/资金投入/预算编制科学性 得分 3.5→4.5");
  }

  @Test
  void aTableWithErrorsHasNoGradeToCompareAndItsCorrectionIsGradedForTheFirstTime(@TempDir Path tmp) {
    FileResult older = read(first().write(tmp.resolve("a.xlsx")));
    FileResult erring = read(second().write(tmp.resolve("b.xlsx")));
    FileResult fixed = read(new SeedWorkbook().write(tmp.resolve("c.xlsx")));
    assertThat(Resubmission.compare(older, null, erring).changed()).as("neither is graded")
        .noneMatch(c -> c.what().equals("等次"));
    assertThat(Resubmission.compare(older, null, fixed).changed())
        .extracting(c -> c.what() + " " + c.from() + "→" + c.to()).contains("等次 —→优");
  }

  @Test
  void theSameFileTwiceChangesNothing(@TempDir Path tmp) {
    FileResult a = read(first().write(tmp.resolve("a.xlsx")));
    assertThat(Resubmission.compare(a, null, a).same()).isTrue();
  }

  @Test
  void aFileReplacedInTheInboxIsComparedWithItsEarlierVersion(@TempDir Path tmp) throws Exception {
    try (ServeFixture f = ServeFixture.empty(tmp, ReadLimits.DEFAULT, null, 4)) {
      Path drop = f.inbox.resolve("青岛市人民政府办公厅.xlsx");
      Files.copy(first().write(tmp.resolve("a.xlsx")), drop);
      f.awaitRound(s -> s.files().size() == 1);
      Path next = second().write(tmp.resolve("b.xlsx"));
      Files.copy(next, f.inbox.resolve(".tmp-copy"), StandardCopyOption.REPLACE_EXISTING);
      Files.move(f.inbox.resolve(".tmp-copy"), drop, StandardCopyOption.REPLACE_EXISTING);
      f.awaitRound(s -> !s.previous().isEmpty());

      JsonNode report = new ObjectMapper().readTree(f.out.resolve("report.json").toFile());
      JsonNode previous = report.path("files").get(0).path("previous");
      assertThat(previous.path("file").asText()).isEqualTo("青岛市人民政府办公厅.xlsx");
      assertThat(previous.path("fixed").toString()).contains("SCORE_ABOVE_WEIGHT", "立项依据充分性");
      assertThat(previous.path("new").toString()).contains("预算编制科学性");
      assertThat(previous.path("changed").toString()).contains("\"from\":\"3.5\"");
      assertThat(f.get(Layout.fileLink("青岛市人民政府办公厅.xlsx")).body())
          .contains("与上次提交相比", "已改正 1 处", "新出现 1 处", "3.5 → 4.5");
    }
  }
}
