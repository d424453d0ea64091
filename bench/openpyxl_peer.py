#!/usr/bin/python3
"""The plain openpyxl script a bureau's IT staff would write instead (对照脚本), timed by bench/run.sh beside
evalsheet's batch on the same files: for each workbook load it, find the header row, write 得分率 = 得分 ÷ 权重 on
every leaf row, save a copy; then one summary workbook with a row per file (unit, total weight, total score).
No checking, no review, no report: the least a tool must do. Usage: bench/openpyxl_peer.py INDIR OUTDIR
"""
import sys
from pathlib import Path

import openpyxl

IN = Path(sys.argv[1])
OUT = Path(sys.argv[2])


def number(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def main():
    (OUT / "filled").mkdir(parents=True, exist_ok=True)
    summary = openpyxl.Workbook()
    sheet = summary.active
    sheet.title = "汇总"
    sheet.append(["文件", "单位", "权重合计", "得分合计"])
    for path in sorted(IN.rglob("*.xlsx")):
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        header = None
        for row in ws.iter_rows(min_row=1, max_row=20):
            names = [str(c.value or "").strip() for c in row]
            if "权重" in names and "得分" in names:
                header = (row[0].row, names.index("权重") + 1, names.index("得分") + 1,
                          names.index("得分率") + 1 if "得分率" in names else len(names) + 1)
                break
        unit = str(ws.cell(2, 1).value or "").replace("预算部门：", "")
        weights = scores = 0.0
        if header:
            top, wcol, scol, rcol = header
            for r in range(top + 1, ws.max_row + 1):
                label = str(ws.cell(r, 1).value or "")
                w, s = number(ws.cell(r, wcol).value), number(ws.cell(r, scol).value)
                if label.startswith("合计") or w is None or s is None or w == 0:
                    continue
                ws.cell(r, rcol).value = s / w
                weights += w
                scores += s
        wb.save(OUT / "filled" / path.name)
        sheet.append([path.name, unit, weights, scores])
    summary.save(OUT / "summary.xlsx")


if __name__ == "__main__":
    main()
