/**
 * The review (自评复核): each self-score set against what its 年度指标值 and 实际完成值 earn under a bureau's rules
 * ({@code model.Profile}), as the national method (财预〔2020〕10号) computes it: 正向, 反向, 等于, 区间 and 定性
 * indicators, the funds block's 预算执行率, the reasons a shortfall or an overshoot needs. Returns findings and rule
 * scores; the self-evaluation stands and the clerk decides. Depends on {@code model} and {@code validate}; touches no
 * files and no spreadsheet library.
 */
package org.evalsheet.review;
