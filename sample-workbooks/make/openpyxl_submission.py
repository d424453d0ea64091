#!/usr/bin/python3
"""Writes the 青岛市文化和旅游局 submission the way a program does it: with openpyxl.

openpyxl writes formulas without cached values, so 得分率 and the 合计 row must be evaluated by the reader.
The 决策/过程 rows come from the seed table (src/test/resources/seed/seed-table.tsv); the group labels use the
short form ``决策(20)``. Usage: make/openpyxl_submission.py PROJECT_ROOT
"""
import sys
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT = ROOT / "sample-workbooks" / "submissions" / "青岛市文化和旅游局公共文化服务体系建设项目自评表.xlsx"
UNIT = "青岛市文化和旅游局"
PROJECT = "公共文化服务体系建设"
FRAMEWORK_SCORES = ["3", "3", "3", "2.5", "4", "3", "2", "2", "4", "6", "6"]
LINEAR = "{name}达到{bench}得满分，每降低1个百分点扣除5%权重分，扣完为止。"
OWN = [
    # 一级, 二级, 三级, 权重, 得分, 标杆值, 评分标准
    ("产出", "产出数量", "公益性文化活动场次完成率", "5", "5", "100%", LINEAR),
    ("产出", "产出数量", "文化惠民演出场次", "5", "5", "300场", "实际完成值/年度指标值×分值，最高不超过分值。"),
    ("产出", "产出质量", "公共文化设施免费开放达标率", "5", "5", "100%", LINEAR),
    ("产出", "产出时效", "活动按计划完成及时率", "5", "4.5", "100%", LINEAR),
    ("产出", "产出成本", "场均成本控制", "5", "5", "不超预算", "达到目标得满分，未达到不得分。"),
    ("效益", "社会效益", "群众文化参与人次增长率", "10", "8", "10%", LINEAR),
    ("效益", "社会效益", "公共文化服务覆盖面", "10", "10", "全覆盖",
     "根据完成情况分为好、较好、一般、较差、差，分别可得100%、75%、50%、25%、0的权重分。"),
    ("效益", "可持续影响", "公共文化服务长效机制", "5", "5", "健全",
     "根据完成情况分为好、较好、一般、较差、差，分别可得100%、75%、50%、25%、0的权重分。"),
    ("效益", "满意度", "群众满意度", "10", "9.5", "95%", "满意度达到95%得满分，每降低1个百分点扣除10%权重分，扣完为止。"),
]
EXPECTED_TOTAL = Decimal("95.5")


def strip_weight(label):
    for bracket in ("(", "（"):
        if bracket in label:
            return label[: label.index(bracket)].strip()
    return label.strip()


def leaves():
    tsv = ROOT / "src" / "test" / "resources" / "seed" / "seed-table.tsv"
    lines = [l.split("\t") for l in tsv.read_text(encoding="utf-8").splitlines()[1:] if l.strip()]
    out, l1, l2 = [], None, None
    for i, v in enumerate(lines[:11]):
        l1 = strip_weight(v[0]) if v[0] else l1
        l2 = strip_weight(v[1]) if v[1] else l2
        out.append((l1, l2, v[2], v[4], FRAMEWORK_SCORES[i], v[5], v[7]))
    for l1, l2, name, w, s, bench, rule in OWN:
        expl = ("考察%s情况，用以反映和考核项目产出目标的实现程度。" if l1 == "产出" else "考察%s情况，用以反映项目实施取得的效益。") % name
        out.append((l1, l2, name, w, s, expl, rule.format(name=name, bench=bench)))
    return out


def main():
    rows = leaves()
    total = sum(Decimal(r[4]) for r in rows)
    assert sum(Decimal(r[3]) for r in rows) == 100 and total == EXPECTED_TOTAL, total
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评"
    wb.properties.creator = "openpyxl"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws["A1"] = UNIT + "2023年度" + PROJECT + "项目绩效自评表"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:H1")
    ws["A2"] = "单位名称：" + UNIT
    ws["E2"] = "项目名称：" + PROJECT
    header = ["一级指标", "二级指标", "三级指标", "权重", "指标解释", "评分标准", "得分", "得分率"]
    for c, h in enumerate(header, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = box
    first = 4
    for i, (l1, l2, name, w, s, expl, rule) in enumerate(rows):
        r = first + i
        prev = rows[i - 1] if i else None
        if prev is None or prev[0] != l1:
            ws.cell(row=r, column=1, value="%s(%s)" % (l1, group_weight(rows, 0, l1)))
        if prev is None or prev[:2] != (l1, l2):
            ws.cell(row=r, column=2, value="%s(%s)" % (l2, group_weight(rows, 1, l1, l2)))
        ws.cell(row=r, column=3, value=name)
        ws.cell(row=r, column=4, value=number(w))
        ws.cell(row=r, column=5, value=expl)
        ws.cell(row=r, column=6, value=rule)
        ws.cell(row=r, column=7, value=number(s))
        ws.cell(row=r, column=8, value="=G%d/D%d" % (r, r)).number_format = "0.00%"
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = box
            ws.cell(row=r, column=c).alignment = wrap
    last = first + len(rows) - 1
    merge_runs(ws, 1, first, last)
    merge_runs(ws, 2, first, last)
    t = last + 1
    ws.cell(row=t, column=1, value="合计")
    ws.merge_cells(start_row=t, start_column=1, end_row=t, end_column=3)
    ws.cell(row=t, column=4, value="=SUM(D%d:D%d)" % (first, last))
    ws.cell(row=t, column=7, value="=SUM(G%d:G%d)" % (first, last))
    ws.cell(row=t, column=8, value="=G%d/D%d" % (t, t)).number_format = "0.00%"
    for col, width in zip("ABCDEFGH", (12, 14, 22, 7, 40, 50, 7, 9)):
        ws.column_dimensions[col].width = width
    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print('      table("%s", "绩效自评", 3, "ok", "%s", "优", "%s", "%s", ...),' % (OUT.name, total, UNIT, PROJECT))


def group_weight(rows, level, *names):
    w = sum(Decimal(r[3]) for r in rows if tuple(r[: level + 1]) == names)
    return str(int(w)) if w == w.to_integral() else format(w.normalize(), "f")


def number(s):
    d = Decimal(s)
    return int(d) if d == d.to_integral() else float(d)


def merge_runs(ws, col, first, last):
    start = first
    for r in range(first + 1, last + 2):
        if r > last or ws.cell(row=r, column=col).value is not None:
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
            start = r


if __name__ == "__main__":
    main()
