#!/usr/bin/python3
"""Writes every spec in specs/ as the workbook a unit would have published: xlsx/<id>.xlsx with openpyxl, and
xls/<id>.xls through LibreOffice for specs with "xls": true. Usage: make_realforms.py [ID ...]
Needs python3-openpyxl (and libreoffice-calc-nogui for the .xls files)."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import openpyxl  # noqa: F401
except ImportError:  # the python3 on PATH may lack it; Debian's has it (python3-openpyxl)
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise
from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def check(spec, path):
    for key in ("id", "source", "sheet", "rows", "expect"):
        if key not in spec:
            raise SystemExit(f"{path}: missing key {key}")
    if os.path.basename(path) != spec["id"] + ".json":
        raise SystemExit(f"{path}: id {spec['id']} does not match the file name")
    for r, row in enumerate(spec["rows"], 1):
        for c, v in enumerate(row, 1):
            if v is not None and not isinstance(v, (str, int, float)):
                raise SystemExit(f"{path}: row {r} column {c}: {v!r} is not a string, number or null")


def write(spec, out):
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    wrap = Alignment(wrap_text=True, vertical="center")
    width = max(len(r) for r in spec["rows"])
    for r, row in enumerate(spec["rows"], 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                cell = ws.cell(r, c, v)
                cell.alignment = wrap
    for ref in spec.get("percentCells", []):
        value = ws[ref].value
        ws[ref].number_format = "0%" if isinstance(value, (int, float)) and round(value * 100, 9) == round(value * 100) else "0.00%"
    for ref in spec.get("merges", []):
        ws.merge_cells(ref)
    for c in range(1, width + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    wb.save(out)


def to_xls(xlsx, out_dir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("libreoffice is needed for the .xls files (apt-get install libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                        "--outdir", out_dir, xlsx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(ids):
    os.makedirs(os.path.join(HERE, "xlsx"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "xls"), exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, "specs", "*.json"))):
        with open(path, encoding="utf-8") as f:
            spec = json.load(f)
        check(spec, path)
        if ids and spec["id"] not in ids:
            continue
        xlsx = os.path.join(HERE, "xlsx", spec["id"] + ".xlsx")
        write(spec, xlsx)
        if spec.get("xls"):
            to_xls(xlsx, os.path.join(HERE, "xls"))
        print(spec["id"])


if __name__ == "__main__":
    main(set(sys.argv[1:]))
