#!/usr/bin/env bash
# Makes test/fixtures/libreoffice/*.xlsx: small workbooks written by exceljs,
# then re-saved by LibreOffice Calc, so the reader is tested against a second
# writer (shared strings, its own styles, its own cached values and merges).
# test/xlsx/libreoffice.test.ts reads them and expects the values below.
#
# Made with (from the repository root, LibreOffice 7.4.7.2, Debian 12):
#   bash scripts/make-libreoffice-fixtures.sh
# which runs, for each source workbook:
#   soffice -env:UserInstallation=file:///tmp/thidua-lo-profile-$$ --headless \
#     --convert-to xlsx --outdir test/fixtures/libreoffice SOURCE.xlsx
#
# Cached formula results: LibreOffice keeps stale cached results of an
# imported xlsx unless the profile sets OOXMLRecalcMode to 0 (always
# recalculate) under /org.openoffice.Office.Calc/Formula/Load. The sources
# here carry correct cached results, so the fixtures do not depend on it;
# this script nevertheless writes that setting into its throw-away profile so
# what LibreOffice saves is its own recalculated value. Observed with 7.4.7.2
# (see the check at the end): with the default profile a deliberately wrong
# cached result (SUM(1,2) cached as 99) comes back as 99; with
# OOXMLRecalcMode=0 it comes back as 3.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/test/fixtures/libreoffice"
WORK="$(mktemp -d /tmp/thidua-lo-fixtures.XXXXXX)"
PROFILE="$WORK/profile"
trap 'rm -rf "$WORK"' EXIT

command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2; exit 1; }
mkdir -p "$OUT" "$WORK/src" "$PROFILE/user"

# A profile that recalculates formulas on load (see the header).
cat >"$PROFILE/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

# The sources, written by exceljs (resolved from the repository's node_modules).
(cd "$ROOT" && SRC="$WORK/src" node - <<'JS'
const path = require("node:path");
const ExcelJS = require("exceljs");
const dir = process.env.SRC;

async function scoresheet() {
  // A layout-A scoresheet as officers make them: title, scorer line, a merged
  // two-row header (Điểm over Tối đa | Tự chấm | Khối chấm), scores typed as
  // text with a comma decimal, a SUM total with its cached result, a hidden
  // "Ghi chú" column and a hidden row.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Hội Luật gia");
  ws.getCell("A1").value = "PHIẾU CHẤM ĐIỂM THI ĐUA NĂM 2024";
  ws.mergeCells("A1:F1");
  ws.getCell("A2").value = "Đơn vị chấm: Sở Nội vụ";
  ws.getCell("A4").value = "TT";
  ws.mergeCells("A4:A5");
  ws.getCell("B4").value = "Nội dung tiêu chí";
  ws.mergeCells("B4:B5");
  ws.getCell("C4").value = "Điểm";
  ws.mergeCells("C4:E4");
  ws.getCell("C5").value = "Tối đa";
  ws.getCell("D5").value = "Tự chấm";
  ws.getCell("E5").value = "Khối chấm";
  ws.getCell("F4").value = "Ghi chú";
  ws.mergeCells("F4:F5");
  const rows = [
    ["I", "Công tác chuyên môn", 20, 19.5, null, null],
    ["1", "Hoàn thành kế hoạch", 10, "9,5", "9,5", "đủ minh chứng"],
    ["2", "Báo cáo đúng hạn", 10, 10, "10", null],
  ];
  rows.forEach((r, i) => ws.getRow(6 + i).values = r);
  ws.getCell("A9").value = "Tổng cộng";
  ws.getCell("C9").value = { formula: "SUM(C7:C8)", result: 20 };
  // SUM skips text, in Excel and LibreOffice alike: 10. (A `D7+D8` here would
  // come back from LibreOffice's recalculation as #VALUE!: "9,5" is no number
  // in its en-US locale.)
  ws.getCell("D9").value = { formula: "SUM(D7:D8)", result: 10 };
  ws.getColumn("F").hidden = true;
  ws.getRow(10).getCell(1).value = "dòng ẩn";
  ws.getRow(10).hidden = true;
  ws.getCell("B12").value = "Người chấm";
  await wb.xlsx.writeFile(path.join(dir, "lo-scoresheet.xlsx"));
}

async function several() {
  // Several sheets in order, Vietnamese names, a hidden sheet, and the other
  // value kinds: a date, a boolean, a formula error, text with diacritics.
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("Tổng hợp");
  a.getCell("A1").value = "Đơn vị";
  a.getCell("B1").value = "Điểm";
  a.getCell("C1").value = "Ngày";
  a.getCell("D1").value = "Đạt";
  a.getCell("A2").value = "Hội Chữ thập đỏ tỉnh";
  a.getCell("B2").value = 92.35;
  a.getCell("C2").value = new Date(Date.UTC(2024, 11, 20));
  a.getCell("C2").numFmt = "dd/mm/yyyy";
  a.getCell("D2").value = true;
  a.getCell("A3").value = "Sở Tư pháp";
  a.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  a.getCell("D3").value = false;
  const b = wb.addWorksheet("Chữ thập đỏ", { state: "hidden" });
  b.getCell("A1").value = "ẩn";
  const c = wb.addWorksheet("Đoàn TN");
  c.getCell("B2").value = 7;
  await wb.xlsx.writeFile(path.join(dir, "lo-several-sheets.xlsx"));
}

async function staleCheck() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = { formula: "SUM(1,2)", result: 99 };
  await wb.xlsx.writeFile(path.join(dir, "..", "stale.xlsx"));
}

Promise.all([scoresheet(), several(), staleCheck()]).catch((e) => { console.error(e); process.exit(1); });
JS
)

for src in "$WORK"/src/*.xlsx; do
  soffice "-env:UserInstallation=file://$PROFILE" --headless --convert-to xlsx --outdir "$OUT" "$src" >/dev/null 2> >(grep -v javaldx >&2)
done
ls -l "$OUT"

# What this LibreOffice does with a wrong cached result, default profile vs ours.
mkdir -p "$WORK/stale-default" "$WORK/stale-recalc"
soffice "-env:UserInstallation=file://$WORK/default-profile" --headless --convert-to xlsx --outdir "$WORK/stale-default" "$WORK/stale.xlsx" >/dev/null 2> >(grep -v javaldx >&2)
soffice "-env:UserInstallation=file://$PROFILE" --headless --convert-to xlsx --outdir "$WORK/stale-recalc" "$WORK/stale.xlsx" >/dev/null 2> >(grep -v javaldx >&2)
(cd "$ROOT" && node -e '
  const ExcelJS = require("exceljs");
  (async () => {
    for (const dir of process.argv.slice(1)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(dir + "/stale.xlsx");
      console.log(`cached SUM(1,2) after ${dir.split("/").pop()}: ${wb.worksheets[0].getCell("A1").result}`);
    }
  })();
' "$WORK/stale-default" "$WORK/stale-recalc")
