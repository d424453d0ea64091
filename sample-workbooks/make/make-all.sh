#!/bin/sh
# Remakes every bundled sample workbook (样例工作簿) from the project root:
#   sh sample-workbooks/make/make-all.sh
# 1. SampleRound (Java, POI) writes the seed table and the POI-made submissions and prints the expected rows;
# 2. openpyxl_submission.py writes the 青岛市文化和旅游局 file, real_form_submissions.py the three files in the
#    variants units really publish (医疗保障局, 退役军人事务局, 市场监督管理局) (python3-openpyxl at /usr/bin/python3);
# 3. libreoffice_roundtrip.sh re-saves the 青岛市生态环境局 file with LibreOffice Calc and saves the 市场监督管理局
#    one as .xls (skipped when soffice is
#    missing: the file then stays as POI wrote it, and the README's producer column is wrong for it).
# Contents are deterministic; .xlsx zip timestamps differ per run.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rm -rf sample-workbooks/submissions
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/samples-cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/samples-cp.txt)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=error org.evalsheet.testing.samples.SampleRound "$root"
/usr/bin/python3 sample-workbooks/make/openpyxl_submission.py "$root"
/usr/bin/python3 sample-workbooks/make/real_form_submissions.py "$root"
if command -v soffice >/dev/null 2>&1; then
  sh sample-workbooks/make/libreoffice_roundtrip.sh "$root"
else
  echo "soffice not found: 青岛市生态环境局 file left as written by POI" >&2
fi
