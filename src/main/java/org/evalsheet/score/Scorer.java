package org.evalsheet.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.validate.FullMark;
import org.evalsheet.validate.Submitted;

/**
 * Scores one table (计分): each leaf's effective score and 得分率, every group's totals, the table's total, its rate
 * over the applicable weight, the grade of its score on 100, the deductions and the conclusion. A pure function of
 * the table; bad cells simply do not count (the validator reports them), and leaves that do not apply (不适用) count
 * for nothing: the table is rescaled over the weight that applies.
 */
public final class Scorer {
  private Scorer() {}

  /**
   * Scores a table under a bureau's rules: its grade bands, its full mark, and whether leaves that do not apply are
   * left out (the table rescaled over the applicable weight) or count as 0.
   *
   * @param table the table as read
   * @param profile the rules
   * @return the evaluation; for a blank template (no scores at all) scoreTotal, rate and grade are null, the
   *     conclusion is "" and {@code template} is true
   */
  public static Evaluation score(IndicatorTable table, Profile profile) {
    GradeScale scale = profile.grades();
    boolean template = Submitted.isTemplate(table);
    List<LeafScore> leaves = new ArrayList<>();
    List<Deduction> deductions = new ArrayList<>();
    BigDecimal weightTotal = BigDecimal.ZERO;
    BigDecimal scoreTotal = BigDecimal.ZERO;
    BigDecimal reviewerTotal = null;
    for (Indicator leaf : table.indicators()) {
      BigDecimal w = leaf.weight().isNumber() ? leaf.weight().value() : null;
      if (w != null) {
        weightTotal = weightTotal.add(w);
      }
      if (leaf.notApplicable()) {
        leaves.add(new LeafScore(leaf, null, null, false));
        continue;
      }
      BigDecimal s = Submitted.score(leaf);
      leaves.add(new LeafScore(leaf, s, Decimals.ratio(s, w), s != null && !leaf.score().isNumber()));
      if (s != null) {
        scoreTotal = scoreTotal.add(s);
      }
      if (w != null && s != null && w.compareTo(s) > 0) {
        deductions.add(new Deduction(leaf, w, s, w.subtract(s)));
      }
      if (leaf.reviewerScore().isNumber()) {
        reviewerTotal = (reviewerTotal == null ? BigDecimal.ZERO : reviewerTotal).add(leaf.reviewerScore().value());
      }
    }
    if (table.weightsFromLabels() && FullMark.weightSum(table) != null) {
      // Without a 分值 column the total weight is what the labels declare (with the funds block's).
      weightTotal = FullMark.weightSum(table);
    }
    List<GroupScore> groups = new ArrayList<>();
    for (Group g : table.groups()) {
      groups.add(group(g, leaves));
    }
    // A leaf standing at level 1 (the Ministry form's 预算执行率 from the funds block) is part of the level-1
    // breakdown a clerk reads, so it is shown as a level-1 entry of its own, in sheet order.
    for (LeafScore l : leaves) {
      Indicator leaf = l.indicator();
      if (leaf.level() == 1) {
        Group own = new Group(1, leaf.path(), null, leaf.row(), leaf.nameCol(), leaf.lastRow());
        BigDecimal w = leaf.weight().isNumber() ? leaf.weight().value() : BigDecimal.ZERO;
        groups.add(new GroupScore(own, w, l.score(), l.notApplicable() ? BigDecimal.ZERO : w));
      }
    }
    groups.sort(Comparator.comparingInt((GroupScore g) -> g.group().row()));
    BigDecimal fullMark = FullMark.of(table, profile);
    boolean rescale = profile.notApplicable() == Profile.NotApplicable.RESCALE;
    BigDecimal applicable = rescale ? fullMark.subtract(FullMark.notApplicableWeight(table)) : fullMark;
    if (template) {
      return new Evaluation(weightTotal, null, null, null, groups, leaves, List.of(), "", true, fullMark, applicable,
          reviewerTotal);
    }
    BigDecimal rate = Decimals.ratio(scoreTotal, applicable);
    Evaluation draft = new Evaluation(weightTotal, scoreTotal, rate, null, groups, leaves, deductions, "", false,
        fullMark, applicable, reviewerTotal);
    String grade = scale.grade(draft.onHundred());
    List<String> notApplicable = leaves.stream().filter(LeafScore::notApplicable).map(l -> l.indicator().name())
        .toList();
    return new Evaluation(weightTotal, scoreTotal, rate, grade, groups, leaves, deductions,
        Conclusion.of(draft, grade, notApplicable, rescale), false, fullMark, applicable, reviewerTotal);
  }

  private static GroupScore group(Group g, List<LeafScore> leaves) {
    BigDecimal weight = BigDecimal.ZERO;
    BigDecimal applicable = BigDecimal.ZERO;
    BigDecimal score = null;
    for (LeafScore l : leaves) {
      if (!g.contains(l.indicator())) {
        continue;
      }
      if (l.indicator().weight().isNumber()) {
        weight = weight.add(l.indicator().weight().value());
        if (!l.notApplicable()) {
          applicable = applicable.add(l.indicator().weight().value());
        }
      }
      if (l.score() != null) {
        score = score == null ? l.score() : score.add(l.score());
      }
    }
    boolean unweighted = leaves.stream().anyMatch(l -> g.contains(l.indicator()) && !l.indicator().weight().isNumber()
        && !l.notApplicable());
    if (unweighted && g.declaredWeight() != null) {
      // Leaves without weights (a table whose weights stand only in labels): the group weighs what its label says.
      return new GroupScore(g, g.declaredWeight(), score, g.declaredWeight());
    }
    return new GroupScore(g, weight, score, applicable);
  }
}
