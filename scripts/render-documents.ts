/**
 * The README's pictures of the built-in documents (SPEC §7) after the sample
 * block's vote (§5.1; test/fixtures/templates/sample-vote.ts: the tally the
 * command writes, filled in): the documents made with the tally and the
 * meeting's details, printed to PDF by LibreOffice, one PNG a page by
 * pdftoppm into docs/documents/.
 * Run: npx tsx scripts/render-documents.ts [xlsx|docx] (KEEP=DIR keeps the
 * tally, the meeting and the documents in DIR to look at)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../src/cli/main";
import { SAMPLE, sampleVote } from "../test/fixtures/templates/sample-vote";

const ext = process.argv[2] === "docx" ? "docx" : "xlsx";
const root = path.join(__dirname, "..");
const work = process.env.KEEP ?? mkdtempSync(path.join(os.tmpdir(), "thidua-render-"));
const target = path.join(root, "docs", "documents");

void (async () => {
  const { tally, meeting } = await sampleVote(work);
  const status = await run(["rank", SAMPLE, "--votes", tally, "--meeting", meeting, "--documents", path.join(work, "hs")], { out: () => {}, err: (t) => process.stderr.write(t) });
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
    execFileSync("pdftoppm", ["-r", "80", "-png", path.join(work, `${name}.pdf`), path.join(target, name)]);
  }
  if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
  console.log(readdirSync(target).join("\n"));
})();
