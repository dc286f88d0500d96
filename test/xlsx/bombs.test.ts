/**
 * Issue 12's zip bomb and cell bomb, each dropped beside the sample block and
 * read by the command in a child process: refused with FILE_UNREADABLE naming
 * the limit, peak memory under 400 MB, under 5 s more than the block alone,
 * and the block's result unchanged. Then the limits one by one, in process.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { issueMessage } from "../../src/core/i18n/issues";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { cellBomb, zipBomb } from "../support/bombs";
import { scratchFolder } from "../support/cli";
import { failureOf, gridsOf } from "./helpers";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "sample");
const scratch = scratchFolder("thidua-bombs-");
const BOMB_NAME = "Phieu cham cheo 2026 - Hoi Nguoi cao tuoi.xlsx";

interface Run {
  readonly result: { units: unknown; nominations: unknown; issues: { file: string | null; code: string; message: string }[] };
  readonly seconds: number;
  readonly peakMB: number;
}

/** `thidua rank --json` on a folder, in a child process measured by /usr/bin/time. */
function rankInChild(folder: string): Run {
  const json = path.join(scratch, `${path.basename(folder)}.json`);
  const timing = path.join(scratch, `${path.basename(folder)}.time`);
  const start = performance.now();
  execFileSync(
    "/usr/bin/time",
    ["-v", "-o", timing, process.execPath, "--import", "tsx", path.join(ROOT, "src/cli/thidua.ts"), "rank", "--json", json, folder],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  const seconds = (performance.now() - start) / 1000;
  const peakKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timing, "utf8"))?.[1]);
  return { result: JSON.parse(readFileSync(json, "utf8")) as Run["result"], seconds, peakMB: peakKB / 1024 };
}

function sampleWith(name: string, bomb: Buffer): string {
  const folder = path.join(scratch, name);
  mkdirSync(folder);
  for (const file of readdirSync(SAMPLE)) copyFileSync(path.join(SAMPLE, file), path.join(folder, file));
  writeFileSync(path.join(folder, BOMB_NAME), bomb);
  return folder;
}

describe("bombs beside a valid block, read by the command", () => {
  let alone: Run;
  beforeAll(() => {
    alone = rankInChild(SAMPLE);
  });

  function expectDefused(run: Run, reason: string) {
    const own = run.result.issues.filter((i) => i.file === BOMB_NAME);
    expect(own.map((i) => i.code)).toEqual(["FILE_UNREADABLE"]);
    expect(own[0]?.message).toContain(reason);
    // The block's own result, untouched by the bomb.
    expect(run.result.units).toEqual(alone.result.units);
    expect(run.result.nominations).toEqual(alone.result.nominations);
    expect(run.result.issues.filter((i) => i.file !== BOMB_NAME)).toEqual(alone.result.issues);
    expect(run.peakMB).toBeLessThan(400);
    expect(run.seconds - alone.seconds).toBeLessThan(5);
  }

  it("a 2 MB zip bomb whose sheet inflates to 2 GiB of spaces: refused, its size as declared", async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(2.5 * 1024 * 1024);
    expectDefused(rankInChild(sampleWith("zip-bomb", bomb)), "xl/worksheets/sheet1.xml");
  });

  it("the same bomb declaring 2,000 bytes: stopped by the running count", async () => {
    expectDefused(rankInChild(sampleWith("zip-bomb-lying", await zipBomb({ declaredSize: 2000 }))), "32 MB");
  });

  it("a 1 MB cell bomb of 100,000 rows × 300 cells (30 M cells): refused", async () => {
    const bomb = await cellBomb();
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    expectDefused(rankInChild(sampleWith("cell-bomb", bomb)), "xl/worksheets/sheet1.xml");
  });
});

describe("the limits, one by one", () => {
  it("a part whose declared size passes the bound is refused before inflating", async () => {
    const bomb = await zipBomb();
    const start = performance.now();
    const issue = failureOf(await readWorkbook(bomb, "bomb.xlsx"));
    expect(performance.now() - start).toBeLessThan(500);
    expect(issue.params).toMatchObject({ reason: "part-too-large", part: "xl/worksheets/sheet1.xml", max: 32 });
    expect(issueMessage(issue, "vi")).toContain("vượt 32 MB");
    expect(issueMessage(issue, "en")).toContain("inflates past 32 MB");
  });

  it("a lying size is found out while inflating, whatever bound is set", async () => {
    // 8 MiB declared as 100 bytes: the directory's check passes, the count does not.
    const bomb = await zipBomb({ spaces: 8 * 1024 * 1024, declaredSize: 100 });
    // Within a 16 MiB bound it is read to its end: spaces, so nothing in it.
    expect(failureOf(await readWorkbook(bomb, "spaces.xlsx", { limits: { partBytes: 16 * 1024 * 1024 } })).params.reason).toBe("empty");
    const issue = failureOf(await readWorkbook(bomb, "spaces.xlsx", { limits: { partBytes: 4 * 1024 * 1024 } }));
    expect(issue.params).toMatchObject({ reason: "part-too-large", max: 4 });
  });

  it("the parts of a workbook together are bounded too", async () => {
    const bomb = await zipBomb({ spaces: 8 * 1024 * 1024 });
    const issue = failureOf(await readWorkbook(bomb, "spaces.xlsx", { limits: { workbookBytes: 4 * 1024 * 1024 } }));
    expect(issue.params).toMatchObject({ reason: "workbook-too-large", max: 4 });
    expect(issueMessage(issue, "en")).toContain("passes 4 MB");
  });

  it("cells are counted, and the count stops at the bound", async () => {
    const bomb = await cellBomb({ rows: 1000, columns: 300 });
    const issue = failureOf(await readWorkbook(bomb, "cells.xlsx", { limits: { cells: 299_999 } }));
    expect(issue.params).toMatchObject({ reason: "too-many-cells", max: 299_999 });
    expect(issueMessage(issue, "vi")).toContain("hơn 299999 ô");
    expect(gridsOf(await readWorkbook(bomb, "cells.xlsx", { limits: { cells: 300_000 } }))[0]?.rowCount).toBe(1000);
  });

  it("rows are counted per sheet", async () => {
    const bomb = await cellBomb({ rows: 1000, columns: 1 });
    const issue = failureOf(await readWorkbook(bomb, "rows.xlsx", { limits: { rows: 999 } }));
    expect(issue.params).toMatchObject({ reason: "too-many-rows", max: 999 });
    expect(issueMessage(issue, "en")).toContain("more than 999 rows");
    expect(gridsOf(await readWorkbook(bomb, "rows.xlsx", { limits: { rows: 1000 } }))[0]?.rowCount).toBe(1000);
  });
});
