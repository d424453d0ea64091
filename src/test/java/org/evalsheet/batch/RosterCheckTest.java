package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Severity;
import org.evalsheet.model.UnitSource;
import org.evalsheet.score.TableResult;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.junit.jupiter.api.Test;

class RosterCheckTest {

  private static final Map<String, FileTime> NO_TIMES = Map.of();

  private static RosterOutcome check(List<String> roster, List<FileResult> results, Map<String, FileTime> times) {
    return RosterCheck.check(Roster.of(roster), results, times::get);
  }

  @Test
  void unitsWithoutAnyFileAreMissingInRosterOrder() {
    List<FileResult> results = List.of(BatchFixtures.ok("a.xlsx", "市教育局", "90"));
    RosterOutcome o = check(List.of("市卫健委", "市教育局", "市财政局"), results, NO_TIMES);
    assertThat(o.given()).isTrue();
    assertThat(o.missing()).containsExactly("市卫健委", "市财政局");
    assertThat(o.duplicates()).isEmpty();
  }

  @Test
  void namesMatchAcrossSpacesAndFullWidthCharacters() {
    List<FileResult> results = List.of(
        BatchFixtures.ok("a.xlsx", "青岛市　人民政府 办公厅", "90"),
        BatchFixtures.ok("b.xlsx", "第１中学（本部）", "90"));
    RosterOutcome o = check(List.of(" 青岛市人民政府办公厅 ", "第1中学(本部)"), results, NO_TIMES);
    assertThat(o.missing()).isEmpty();
    assertThat(o.roster()).containsExactly("青岛市人民政府办公厅", "第1中学(本部)");
  }

  @Test
  void containedNameMatchesOnlyWhenUnambiguous() {
    List<FileResult> results = List.of(
        BatchFixtures.ok("a.xlsx", "青岛市财政局", "90"), // contains 财政局 only
        BatchFixtures.ok("b.xlsx", "市局", "90")); // neither contains it nor is contained in it
    RosterOutcome o = check(List.of("财政局", "教育局"), results, NO_TIMES);
    assertThat(o.missing()).containsExactly("教育局");

    List<FileResult> ambiguous = List.of(BatchFixtures.ok("a.xlsx", "财政局教育局联合", "90"));
    assertThat(check(List.of("财政局", "教育局"), ambiguous, NO_TIMES).missing()).containsExactly("财政局", "教育局");
  }

  @Test
  void fileNameStandsInWhenTheTableNamesNoRosterUnit() {
    List<FileResult> results = List.of(BatchFixtures.ok("市财政局/自评表.xlsx", "办公室", "90"));
    assertThat(check(List.of("市财政局"), results, NO_TIMES).missing()).isEmpty();
  }

  @Test
  void aRosterNameInTheTitleOrFileNameWinsOverAGuessedUnit() {
    TableResult guessed = BatchFixtures.table("教育局", "", "90");
    IndicatorTable t = guessed.table();
    IndicatorTable fromTitle = new IndicatorTable(t.sheet(), t.sheetIndex(), "市教育局2023年度课后服务项目绩效自评表",
        "市教育局", "", t.headerRow(), t.firstDataRow(), t.columns(), t.groups(), t.indicators(), t.total(),
        t.lastRow(), t.notes(), t.scale(), UnitSource.TITLE);
    IndicatorTable fromFile = new IndicatorTable(t.sheet(), t.sheetIndex(), "绩效自评表", "体育局", "", t.headerRow(),
        t.firstDataRow(), t.columns(), t.groups(), t.indicators(), t.total(), t.lastRow(), t.notes(), t.scale(),
        UnitSource.FILE_NAME);
    IndicatorTable labelled = fromTitle.withUnit("市教育局", UnitSource.LABEL);
    List<FileResult> results = List.of(
        FileResult.read("a.xlsx", List.of(new TableResult(fromTitle, List.of(), guessed.evaluation()))),
        FileResult.read("青岛市体育局-自评表.xlsx", List.of(new TableResult(fromFile, List.of(),
            guessed.evaluation()))),
        FileResult.read("c.xlsx", List.of(new TableResult(labelled, List.of(), guessed.evaluation()))));

    List<FileResult> named = RosterCheck.attribute(Roster.of("教育局", "青岛市教育局", "青岛市体育局"), results);

    assertThat(named).extracting(r -> r.tables().get(0).table().unit())
        .containsExactly("教育局", "青岛市体育局", "市教育局");
    assertThat(named.get(1).tables().get(0).table().unitSource()).isEqualTo(UnitSource.ROSTER);
    assertThat(named.get(1).tables().get(0).findings()).extracting(f -> f.message())
        .containsExactly("文件名中写有名单上的单位“青岛市体育局”，按名单计为该单位");
    assertThat(named.get(2)).isSameAs(results.get(2));
  }

  @Test
  void rejectedFileCountsAsSubmittedIgnoredDoesNot() {
    List<FileResult> results = List.of(
        FileResult.rejected("市财政局.xlsx", "文件已损坏"),
        FileResult.ignored("~$市教育局.xlsx", "锁定文件"));
    RosterOutcome o = check(List.of("市财政局", "市教育局"), results, NO_TIMES);
    assertThat(o.missing()).containsExactly("市教育局");
  }

  @Test
  void newerOfTwoSubmissionsRanksAndOlderIsFlagged() {
    List<FileResult> results = List.of(
        BatchFixtures.ok("a/财政局.xlsx", "市财政局", "80"),
        BatchFixtures.ok("b/财政局.xlsx", "市财政局", "85"),
        BatchFixtures.ok("教育局.xlsx", "市教育局", "85"));
    Map<String, FileTime> times = Map.of(
        "a/财政局.xlsx", FileTime.fromMillis(2000),
        "b/财政局.xlsx", FileTime.fromMillis(1000),
        "教育局.xlsx", FileTime.fromMillis(1000));

    RosterOutcome o = check(List.of("市财政局", "市教育局"), results, times);

    assertThat(o.duplicates()).containsExactly(new RosterOutcome.Duplicate("市财政局", "a/财政局.xlsx", List.of("b/财政局.xlsx")));
    assertThat(o.superseded()).containsExactly("b/财政局.xlsx");
    List<FileResult> flagged = RosterCheck.flagSuperseded(results, o);
    assertThat(flagged.get(0)).isEqualTo(results.get(0));
    assertThat(flagged.get(1).status()).isEqualTo(Status.OK);
    assertThat(flagged.get(1).tables().get(0).findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.code()).isEqualTo("DUPLICATE_SUBMISSION");
      assertThat(f.message()).isEqualTo("同一单位重复提交，以较新的文件 a/财政局.xlsx 为准");
    });
  }

  @Test
  void sameModificationTimeLetsTheLaterPathRank() {
    List<FileResult> results = List.of(
        BatchFixtures.ok("1.xlsx", "市财政局", "80"),
        BatchFixtures.ok("2.xlsx", "市财政局", "85"));
    RosterOutcome o = check(List.of("市财政局"), results, NO_TIMES);
    assertThat(o.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.kept()).isEqualTo("2.xlsx");
      assertThat(d.superseded()).containsExactly("1.xlsx");
    });
  }

  @Test
  void differentProjectsOfOneUnitAreNotDuplicates() {
    List<FileResult> results = List.of(
        FileResult.read("1.xlsx", List.of(BatchFixtures.table("市财政局", "专项业务费", "90"))),
        FileResult.read("2.xlsx", List.of(BatchFixtures.table("市财政局", "信息化建设", "90"))),
        FileResult.read("3.xlsx", List.of(BatchFixtures.table("市财政局", "专项 业务费", "95"))));
    RosterOutcome o = check(List.of("市财政局"), results, NO_TIMES);
    assertThat(o.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.kept()).isEqualTo("3.xlsx");
      assertThat(d.superseded()).containsExactly("1.xlsx");
    });
  }

  @Test
  void noDuplicatesLeavesResultsAsTheyAre() {
    List<FileResult> results = List.of(BatchFixtures.ok("1.xlsx", "市财政局", "80"));
    RosterOutcome o = check(List.of("市财政局"), results, NO_TIMES);
    assertThat(RosterCheck.flagSuperseded(results, o)).isEqualTo(results);
    assertThat(RosterOutcome.NONE.superseded()).isEmpty();
  }

  @Test
  void aDocumentSentInsteadOfAWorkbookIsThatUnitsSubmissionNotAMissingOne() {
    FileResult pdf = Inbox.classify(java.nio.file.Path.of("青岛市审计局2023年度绩效自评报告.pdf")).orElseThrow();
    RosterOutcome o = check(List.of("青岛市审计局", "青岛市教育局"),
        List.of(pdf, BatchFixtures.ok("b.xlsx", "青岛市教育局", "90")), NO_TIMES);
    assertThat(pdf.status()).isEqualTo(Status.REJECTED);
    assertThat(o.missing()).isEmpty();
    assertThat(o.units()).containsEntry("青岛市审计局2023年度绩效自评报告.pdf", "青岛市审计局");
    assertThat(o.notOnRoster()).isEmpty();
  }

  @Test
  void submissionsFromUnitsNotOnTheRosterAreListed() {
    RosterOutcome o = check(List.of("青岛市教育局"), List.of(
        BatchFixtures.ok("a.xlsx", "青岛市教育局", "90"),
        BatchFixtures.ok("b.xlsx", "青岛市统计局", "90"),
        FileResult.rejected("扫描件.jpg", "图片（.jpg）不是 Excel 工作簿，请另存为 .xlsx 后重新报送"),
        FileResult.ignored("~$a.xlsx", "锁定文件")), NO_TIMES);
    assertThat(o.notOnRoster()).containsExactly(new org.evalsheet.write.RunInfo.Unlisted("青岛市统计局", "b.xlsx"),
        new org.evalsheet.write.RunInfo.Unlisted("", "扫描件.jpg"));
  }

  @Test
  void aRosterWrittenInShortFormsFindsTheFullNamesSubmitted() {
    RosterOutcome o = check(List.of("青岛市人社局", "市卫健委", "青岛市科技局"), List.of(
        BatchFixtures.ok("a.xlsx", "青岛市人力资源和社会保障局", "90"),
        BatchFixtures.ok("b.xlsx", "青岛市卫生健康委员会", "90"),
        BatchFixtures.ok("c.xlsx", "青岛市科学技术局", "90")), NO_TIMES);
    assertThat(o.missing()).isEmpty();
    assertThat(o.notOnRoster()).isEmpty();
  }
}
