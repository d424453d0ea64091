#!/bin/sh
# Opens the 青岛市生态环境局 submission (written by POI) in LibreOffice Calc and saves it again as .xlsx, the way a
# clerk on a LibreOffice desktop re-saves a file: LibreOffice rewrites styles, shared strings and the formulas'
# cached values. Usage: make/libreoffice_roundtrip.sh PROJECT_ROOT
set -eu
root=${1:-.}
name="青岛市生态环境局大气污染防治专项资金绩效自评表.xlsx"
inbox="$root/sample-workbooks/submissions"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"
cp "$inbox/$name" "$work/in/$name"
timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work/in/$name" >/dev/null
cp "$work/out/$name" "$inbox/$name"
echo "LibreOffice: $(soffice --version 2>/dev/null | head -1) re-saved $name"

# The 一体化 export of 青岛市市场监督管理局 (written by real_form_submissions.py) saved as .xls, as the
# budget-integration system's download opened and re-saved in an old Excel format.
name="青岛市市场监督管理局食品安全抽检监测项目绩效自评表"
rm -rf "$work/in" "$work/out" && mkdir -p "$work/in" "$work/out"
mv "$inbox/$name.xlsx" "$work/in/$name.xlsx"
timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to 'xls:MS Excel 97' --outdir "$work/out" "$work/in/$name.xlsx" >/dev/null
cp "$work/out/$name.xls" "$inbox/$name.xls"
echo "LibreOffice: saved $name as .xls"
