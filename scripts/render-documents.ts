/**
 * The README's pictures of the built-in documents (SPEC §7) after a vote
 * (§5.1), as a block makes them: the command writes the tally, the officer
 * fills it in, the command reads it back with the meeting's details and
 * writes the documents; LibreOffice prints them to PDF and pdftoppm renders
 * one picture a page into docs/documents/.
 * Run: npx tsx scripts/render-documents.ts [xlsx|docx] (KEEP=DIR keeps the
 * tally, the meeting and the documents in DIR to look at)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../src/cli/main";
import { SAMPLE_MEETING } from "../test/fixtures/templates/sample-meeting";

const ext = process.argv[2] === "docx" ? "docx" : "xlsx";
const root = path.join(__dirname, "..");
const sample = path.join(root, "assets", "sample");
const work = process.env.KEEP ?? mkdtempSync(path.join(os.tmpdir(), "thidua-render-"));
const target = path.join(root, "docs", "documents");

/** The one unit away from the meeting: its row of the tally is deleted, as the officer would. */
const ABSENT = "Hội Đông y tỉnh";
/** Per proposal, in the tally's order, how many of the units present vote against: all shares differ, and the last falls below half. */
const AGAINST = [0, 1, 3, 6];

async function thidua(...argv: string[]): Promise<void> {
  const status = await run(argv, { out: () => {}, err: (t) => process.stderr.write(t) });
  if (status !== 0) throw new Error(`thidua ${argv[0]} exited ${status}`);
}

/** The tally the command wrote (Kết quả bỏ phiếu), filled at the meeting; the names of the units that voted. */
async function fillTally(result: string, tally: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(result);
  const sheet = workbook.getWorksheet("Kết quả bỏ phiếu");
  if (!sheet) throw new Error(`${result} has no Kết quả bỏ phiếu`);
  let header = 0;
  sheet.eachRow((row, r) => {
    if (header === 0 && row.getCell(1).value === "Đơn vị bỏ phiếu") header = r;
  });
  const proposals = (sheet.getRow(header).values as unknown[]).filter((v) => typeof v === "string").length - 1;
  if (proposals !== AGAINST.length) throw new Error(`the tally has ${proposals} proposals, the script votes on ${AGAINST.length}`);
  for (let r = header + 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === ABSENT) sheet.spliceRows(r, 1);
  const rows: number[] = [];
  for (let r = header + 1; r <= sheet.rowCount; r++) if (typeof sheet.getCell(r, 1).value === "string") rows.push(r);
  // The last voters are the ones against.
  rows.forEach((r, v) => AGAINST.forEach((against, p) => (sheet.getCell(r, p + 2).value = v >= rows.length - against ? "Không đồng ý" : "Đồng ý")));
  await workbook.xlsx.writeFile(tally);
  return rows.map((r) => sheet.getCell(r, 1).value as string);
}

void (async () => {
  const result = path.join(work, "ket-qua.xlsx");
  await thidua("rank", sample, "--out", result);
  const voters = await fillTally(result, path.join(work, "kiem-phieu.xlsx"));
  writeFileSync(path.join(work, "hop.json"), JSON.stringify({ ...SAMPLE_MEETING, present: voters }));
  await thidua("rank", sample, "--votes", path.join(work, "kiem-phieu.xlsx"), "--meeting", path.join(work, "hop.json"), "--documents", path.join(work, "hs"));
  mkdirSync(target, { recursive: true });
  for (const name of ["danh-sach-de-nghi", "bien-ban-hop-binh-xet", "to-trinh"]) {
    const file = path.join(work, "hs", `${name}.${ext}`);
    // A Vietnamese locale shows the sheets' numbers as an officer's Excel does (90,29).
    execFileSync("soffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", "--convert-to", "pdf", "--outdir", work, file], {
      stdio: "ignore",
      env: { ...process.env, LANG: "vi_VN.UTF-8", LC_ALL: "vi_VN.UTF-8" },
    });
    for (const old of readdirSync(target).filter((f) => f.startsWith(`${name}-`))) rmSync(path.join(target, old));
    execFileSync("pdftoppm", ["-r", "80", "-png", path.join(work, `${name}.pdf`), path.join(target, name)]);
  }
  if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
  console.log(readdirSync(target).join("\n"));
})();
