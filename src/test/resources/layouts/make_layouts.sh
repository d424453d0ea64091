#!/bin/sh
# Remakes the layout fixtures (版式样例) from the project root: sh src/test/resources/layouts/make_layouts.sh
# 1. make_layouts.py writes every layout with openpyxl into openpyxl/ (needs python3-openpyxl);
# 2. LibreOffice Calc opens some of them and saves them again, as .xlsx and as .xls, into libreoffice/ (needs
#    libreoffice-calc-nogui), the way a clerk on a LibreOffice desktop re-saves a file.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$here/openpyxl" "$here/libreoffice"
/usr/bin/python3 "$here/make_layouts.py" "$here/openpyxl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/libreoffice"
for name in outline-scored subtotals fractions-outline percent-text not-applicable reviewer; do
  for fmt in 'xlsx:Calc MS Excel 2007 XML' 'xls:MS Excel 97'; do
    timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
      --convert-to "$fmt" --outdir "$here/libreoffice" "$here/openpyxl/$name.xlsx" >/dev/null
  done
done
echo "openpyxl $(/usr/bin/python3 -c 'import openpyxl; print(openpyxl.__version__)'), $(soffice --version | head -1)"
