#!/usr/bin/python3
"""Writes N seed-size submissions with openpyxl (基准测试输入：openpyxl 生成的自评表), for bench/run.sh's peer row.

Each file is the seed table (src/test/resources/seed/seed-table.tsv) laid out as a finance office does it: title,
预算部门 row, header, 一级/二级 labels merged over their leaves, a 合计 row with SUM formulas, the 得分率 column
empty; scores redrawn per file (full, −0.5, 75 %) from the file's number, so the inputs are the same every run.
Usage: bench/openpyxl_inputs.py N OUTDIR PROJECT_ROOT
"""
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

N = int(sys.argv[1])
OUT = Path(sys.argv[2])
ROOT = Path(sys.argv[3])
UNITS = ["教育局", "卫健委", "民政局", "财政局", "交通局", "水务局", "商务局", "科技局", "体育局", "文旅局"]


def rows():
    tsv = ROOT / "src" / "test" / "resources" / "seed" / "seed-table.tsv"
    lines = [l.split("\t") for l in tsv.read_text(encoding="utf-8").splitlines()[1:] if l.strip()]
    return [l + [""] * (10 - len(l)) for l in lines]


def score(weight, i, k):
    w = float(weight)
    pick = (i * 7 + k * 3) % 10
    s = w if pick < 7 else max(0.0, w - 0.5) if pick < 9 else w * 0.75
    return round(s, 2)


def write(i, seed_rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "指标体系"
    unit = "青岛市" + UNITS[i % len(UNITS)]
    ws.append([unit + "%d年度专项业务费绩效评价指标体系" % (2020 + i % 4)])
    ws.merge_cells("A1:K1")
    ws.append(["预算部门：" + unit, None, None, None, None, "项目名称：专项业务费%04d" % i])
    ws.append(["一级指标", "二级指标", "三级指标", "四级指标", "权重", "指标解释", "标杆值", "评分标准", "备注", "得分", "得分率"])
    first = ws.max_row + 1
    starts1, starts2 = [], []
    for k, r in enumerate(seed_rows):
        if r[0]:
            starts1.append(ws.max_row + 1)
        if r[1]:
            starts2.append(ws.max_row + 1)
        ws.append([r[0] or None, r[1] or None, r[2], r[3], float(r[4]), r[5], r[6], r[7], r[8] or None,
                   score(r[4], i, k), None])
    last = ws.max_row
    for starts in (starts1, starts2):
        col = "A" if starts is starts1 else "B"
        bounds = starts + [last + 1]
        for a, b in zip(bounds, bounds[1:]):
            if b - 1 > a:
                ws.merge_cells("%s%d:%s%d" % (col, a, col, b - 1))
            ws["%s%d" % (col, a)].alignment = Alignment(vertical="center", wrap_text=True)
    ws.append(["合计", None, None, None, "=SUM(E%d:E%d)" % (first, last), None, None, None, None,
               "=SUM(J%d:J%d)" % (first, last), None])
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(OUT / ("%04d-%s绩效自评表.xlsx" % (i, unit)))


def main():
    seed_rows = rows()
    for i in range(N):
        write(i, seed_rows)


if __name__ == "__main__":
    main()
