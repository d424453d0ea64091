package org.evalsheet.model;

/** Where a table's unit name (单位名称来源) was read: a label cell, the title, the file name, or a roster. */
public enum UnitSource {
  /** A label cell above the table, such as {@code 预算部门：青岛市教育局}. */
  LABEL,
  /** The table's title, such as {@code 青岛市教育局2023年度课后服务项目绩效自评表}. */
  TITLE,
  /** The file name, when neither a label nor the title names a unit. */
  FILE_NAME,
  /** The roster name found in the title or the file name (batch with {@code --roster}). */
  ROSTER
}
