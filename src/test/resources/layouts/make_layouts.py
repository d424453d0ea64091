#!/usr/bin/python3
"""Writes the seed table (../seed/seed-table.tsv) in the layouts finance offices use, with openpyxl, as a department's
own program would: outline group rows, 小计 rows, fractional and percent weights, 不适用, a reviewer's column under a
two-row header, the unit only in the title. Usage: make_layouts.py OUTDIR. Needs python3-openpyxl."""
import os
import sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "青岛市人民政府办公厅专项业务费项目支出指标体系"
HEADER = ["一级指标", "二级指标", "三级指标", "四级指标", "权重", "指标解释", "标杆值", "评分标准", "备注", "得分", "得分率"]


def name(label):
    for open_, close in (("(", ")"), ("（", "）")):
        if label.endswith(close) and open_ in label:
            return label[:label.rindex(open_)].strip()
    return label.strip()


def leaves():
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "..", "seed", "seed-table.tsv"), encoding="utf-8")][1:]
    out, labels = [], [None] * 4
    for v in rows:
        if not any(v):
            continue
        for level in range(3):
            if v[level]:
                labels[level] = v[level]
                for k in range(level + 1, 4):
                    labels[k] = None
        fourth = v[3] not in ("", "-")
        lab = [labels[0], labels[1]] + ([labels[2], v[3]] if fourth else [v[2]])
        out.append({"path": [name(x) for x in lab], "labels": lab, "w": float(v[4]), "s": float(v[9]), "texts": v[5:9]})
    return out


def group_sum(all_, path, key, skip=None):
    return sum(l[key] for i, l in enumerate(all_) if l["path"][:len(path)] == path and len(l["path"]) > len(path)
               and not (key == "s" and skip == i))


def write(file, groups="merged", weights="points", na=None, reviewer=False, title_only=False):
    all_ = leaves()
    wb = Workbook()
    ws = wb.active
    ws.title = "指标体系"
    header = list(HEADER)
    if weights == "percent_header":
        header[4] = "权重(%)"
    score_col, review_col, rate_col = 10, (11 if reviewer else None), (12 if reviewer else 11)
    if reviewer:
        header.insert(10, "复核")
    title = "青岛市教育局2023年度课后服务项目绩效自评表" if title_only else TITLE
    ws.cell(1, 1, title).font = Font(bold=True, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    h = 2
    if not title_only:
        ws.cell(2, 1, "预算部门：青岛市人民政府办公厅")
        h = 3
    for c, text in enumerate(header, 1):
        ws.cell(h, c, text).font = Font(bold=True)
    first = h + 1
    if reviewer:
        for c in range(1, len(header) + 1):
            if c == score_col:
                ws.cell(h + 1, c, "自评")
            elif c == review_col:
                ws.cell(h + 1, c, "复核")
                ws.cell(h, c).value = None
            else:
                ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
        ws.merge_cells(start_row=h, start_column=score_col, end_row=h, end_column=review_col)
        first = h + 2

    def put_weight(r, w):
        cell = ws.cell(r, 5)
        if weights == "fractions":
            cell.value = round(w / 100, 6)
        elif weights == "percent_text":
            cell.value = ("%g" % w) + "%"
        elif weights == "percent_format":
            cell.value = round(w / 100, 6)
            cell.number_format = "0.0%"
        else:
            cell.value = w

    def put_score(r, c, s):
        ws.cell(r, c, round(s / 100, 6) if weights == "fractions" else s)

    r = first
    prev = []
    spans = {}
    merged = groups in ("merged", "subtotals")

    def close(prev, keep):
        nonlocal r
        for level in range(len(prev), keep, -1):
            g = prev[:level]
            if groups == "subtotals" and level == 1:
                ws.cell(r, 1, g[0] + "小计")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
                put_weight(r, group_sum(all_, g, "w"))
                put_score(r, score_col, group_sum(all_, g, "s", na))
                r += 1

    for i, leaf in enumerate(all_):
        gpath = leaf["path"][:-1]
        common = 0
        while common < len(prev) and common < len(gpath) and prev[common] == gpath[common]:
            common += 1
        close(prev, common)
        for level in range(common + 1, len(gpath) + 1):
            g = gpath[:level]
            if groups in ("outline", "outline_scored"):
                ws.cell(r, level, g[-1])
                put_weight(r, group_sum(all_, g, "w"))
                if groups == "outline_scored":
                    put_score(r, score_col, group_sum(all_, g, "s", na))
                r += 1
            elif merged and level <= 3:
                ws.cell(r, level, leaf["labels"][level - 1] if level < 3 else g[-1])
            spans.setdefault(tuple(g), [r, r])
        depth = len(leaf["path"])
        ws.cell(r, depth, leaf["path"][-1])
        if depth == 3:
            ws.cell(r, 4, "-")
        put_weight(r, leaf["w"])
        for t, text in enumerate(leaf["texts"]):
            if text:
                ws.cell(r, 6 + t, text).alignment = Alignment(wrap_text=True)
        if na == i:
            ws.cell(r, score_col, "不适用")
        else:
            put_score(r, score_col, leaf["s"])
        if reviewer:
            ws.cell(r, review_col, 2 if i == 2 else leaf["s"])
        for level in range(1, len(gpath) + 1):
            spans[tuple(gpath[:level])][1] = r
        prev = gpath
        r += 1
    close(prev, 0)
    if merged:
        for g, (a, b) in spans.items():
            if b > a and len(g) <= 3:
                ws.merge_cells(start_row=a, start_column=len(g), end_row=b, end_column=len(g))
    ws.cell(r, 1, "合计").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    put_weight(r, 100)
    total = 98.4 - (all_[na]["s"] if na is not None else 0)
    put_score(r, score_col, round(total, 6))
    if reviewer:
        ws.cell(r, review_col, round(total - 0.5, 6))
    for col, width in zip("ABCDEFGHIJKLM", (12, 14, 16, 16, 7, 40, 10, 50, 16, 7, 9, 9, 9)):
        ws.column_dimensions[col].width = width
    wb.save(file)


def declaration(file):
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    ws.append(["2024年度项目支出绩效目标申报表"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "新建站点数", "≥20个"])
    ws.append([None, "质量指标", "验收合格率", "100%"])
    ws.append(["效益指标", "社会效益指标", "服务覆盖率", "≥90%"])
    wb.save(file)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "outline.xlsx"), groups="outline")
    write(os.path.join(out, "outline-scored.xlsx"), groups="outline_scored")
    write(os.path.join(out, "subtotals.xlsx"), groups="subtotals")
    write(os.path.join(out, "fractions-outline.xlsx"), groups="outline_scored", weights="fractions")
    write(os.path.join(out, "percent-text.xlsx"), weights="percent_text")
    write(os.path.join(out, "percent-format-subtotals.xlsx"), groups="subtotals", weights="percent_format")
    write(os.path.join(out, "percent-header.xlsx"), groups="outline", weights="percent_header")
    write(os.path.join(out, "not-applicable.xlsx"), na=12)
    write(os.path.join(out, "not-applicable-outline.xlsx"), groups="outline_scored", na=12)
    write(os.path.join(out, "reviewer.xlsx"), reviewer=True)
    write(os.path.join(out, "title-only.xlsx"), title_only=True)
    declaration(os.path.join(out, "declaration.xlsx"))
