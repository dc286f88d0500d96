/**
 * The README's pictures of the built-in documents (SPEC §7): the sample
 * block's list, minutes and cover letter made by the command, printed to
 * PDF by LibreOffice and rendered to PNG by pdftoppm, one picture a page.
 * Run: npx tsx scripts/render-documents.ts [xlsx|docx]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../src/cli/main";
import { SAMPLE_MEETING } from "../test/fixtures/templates/sample-meeting";

const ext = process.argv[2] === "docx" ? "docx" : "xlsx";
const root = path.join(__dirname, "..");
const work = mkdtempSync(path.join(os.tmpdir(), "thidua-render-"));
const target = path.join(root, "docs", "documents");

void (async () => {
  writeFileSync(path.join(work, "hop.json"), JSON.stringify(SAMPLE_MEETING));
  const status = await run(["rank", path.join(root, "assets", "sample"), "--meeting", path.join(work, "hop.json"), "--documents", path.join(work, "hs")], { out: () => {}, err: (t) => process.stderr.write(t) });
  if (status !== 0) throw new Error(`thidua exited ${status}`);
  mkdirSync(target, { recursive: true });
  for (const name of ["danh-sach-de-nghi", "bien-ban-hop-binh-xet", "to-trinh"]) {
    const file = path.join(work, "hs", `${name}.${ext}`);
    // A Vietnamese locale shows the sheets' numbers as an officer's Excel does (90,29).
    execFileSync("soffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", "--convert-to", "pdf", "--outdir", work, file], {
      stdio: "ignore",
      env: { ...process.env, LANG: "vi_VN.UTF-8", LC_ALL: "vi_VN.UTF-8" },
    });
    for (const old of readdirSync(target).filter((f) => f.startsWith(`${name}-`))) rmSync(path.join(target, old));
    execFileSync("pdftoppm", ["-r", "60", "-png", path.join(work, `${name}.pdf`), path.join(target, name)]);
  }
  rmSync(work, { recursive: true, force: true });
  console.log(readdirSync(target).join("\n"));
})();
