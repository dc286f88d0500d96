/**
 * Step 4's documents (SPEC §7) in the preview, in Chromium: the sample block
 * ranked and proposed, Thông tin cuộc họp filled as an officer would, Lập hồ
 * sơ; the three pages shown with the meeting's details and the proposals'
 * figures, and each downloaded as .xlsx and .docx, read back by exceljs and
 * by LibreOffice with the same text as the preview's.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import type { UnitJson } from "../../src/core/report/result-json";
import { ROOT } from "../support/build-pane";
import { scratchFolder, thidua } from "../support/cli";
import { docxText, readWithLibreOffice } from "../support/libreoffice";
import { rankInPane } from "../support/rank-in-pane";
import { paneHarness, SCREENSHOTS } from "../support/pane-harness";
import { sheetNames, showSheet } from "../support/preview-sheets";

jest.setTimeout(300_000);

const SAMPLE = path.join(ROOT, "assets", "sample");
const dir = scratchFolder("thidua-documents-browser-");
const pane = paneHarness();

const MEETING = {
  block: "Khối thi đua các Hội đặc thù",
  date: "2026-12-29",
  place: "Yên Bái",
  chair: "Bà Nguyễn Thị Minh Hòa",
  secretary: "Ông Trần Văn Sơn",
  documentNumber: "15/BB-KTĐ",
  recipients: ["Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT"],
};
/** SPEC §7: under a signature the names alone, the Bà and Ông typed with them split off for the body. */
const SIGNED = { chair: "Nguyễn Thị Minh Hòa", secretary: "Trần Văn Sơn" };
/** Not the first unit of the checklist: unticking one must not untick another. */
const ABSENT = "Hội Đông y tỉnh";
const DATE_WORDS = "ngày 29 tháng 12 năm 2026";
const PAGES = { "danh-sach-de-nghi": "Danh sách đề nghị", "bien-ban-hop-binh-xet": "Biên bản", "to-trinh": "Tờ trình" } as const;
type DocumentId = keyof typeof PAGES;
const IDS = Object.keys(PAGES) as DocumentId[];

interface Engine {
  units: UnitJson[];
  nominations: { unit: string; award: string; rank: number }[];
}

/** What the command gives for the same files: the figures the documents must carry. */
async function engine(): Promise<Engine> {
  const file = path.join(dir, "r.json");
  const run = await thidua("rank", SAMPLE, "--json", file);
  expect([run.status, run.err]).toEqual([0, ""]);
  return JSON.parse(readFileSync(file, "utf8")) as Engine;
}

const comma = (n: number) => n.toFixed(2).replace(".", ",");
const awardName = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name ?? id;

/** A shown page's rows, each its non-empty cells' texts, in the grid's order (merged cells once). */
async function previewRows(page: Page, name: string): Promise<string[][]> {
  await showSheet(page, name);
  const table = page.locator(`table[data-page="${name}"]`);
  await table.waitFor();
  return table.locator("tr").evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "").filter((t) => t !== "")).filter((r) => r.length > 0),
  );
}

/** Every line of text, trimmed, sorted: how the preview, the .xlsx and the .docx are compared whatever their layout. */
const lines = (texts: readonly string[]) =>
  texts
    .flatMap((t) => t.split("\n"))
    .map((t) => t.trim())
    .filter((t) => t !== "")
    .sort();

/** The .xlsx's one sheet as exceljs reads it: its name, its rows as the preview shows them (numbers by their format, Vietnamese way), and its formulas. */
async function readXlsx(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  const formulas: string[] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (cell.formula) formulas.push(`${cell.address}: ${cell.formula}`);
      const value = cell.value;
      if (typeof value === "number") {
        const decimals = /0\.(0+)/.exec(cell.numFmt ?? "")?.[1]?.length ?? 0;
        cells.push(value.toFixed(decimals).replace(".", ","));
      } else if (typeof value === "string" && value !== "") cells.push(value);
      else if (value !== null && value !== undefined) cells.push(JSON.stringify(value));
    });
    if (cells.length > 0) rows.push(cells);
  });
  return { name: sheet.name, rows, formulas, print: sheet.pageSetup };
}

async function download(page: Page, id: DocumentId, kind: "xlsx" | "docx", label: string, folder: string): Promise<string> {
  const row = page.locator("div", { has: page.getByText(label, { exact: true }) }).filter({ has: page.getByRole("button") }).last();
  const [file] = await Promise.all([page.waitForEvent("download"), row.getByRole("button", { name: new RegExp(`\\.${kind}: ${label}$`) }).click()]);
  expect(file.suggestedFilename()).toBe(`${id}.${kind}`);
  mkdirSync(folder, { recursive: true });
  const saved = path.join(folder, file.suggestedFilename());
  await file.saveAs(saved);
  return saved;
}

async function rankAndPropose(page: Page, words: { sample: string; imported: string; rank: string; compute: string; nominate: string; propose: string; proposals: string }) {
  await page.getByRole("button", { name: words.sample }).click();
  await page.getByRole("status").filter({ hasText: words.imported }).waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: words.rank, exact: true }).click();
  await rankInPane(page, words.compute === "Compute ranking" ? "en" : "vi");
  // Step 4 proposes as it opens (issue 22).
  await page.getByRole("tab", { name: words.nominate, exact: true }).click();
  await page.locator("table").filter({ has: page.locator("caption", { hasText: words.proposals }) }).waitFor();
}

describe("step 4's documents in the preview", () => {
  let expected: Engine;
  beforeAll(async () => {
    expected = await engine();
  });

  test("the meeting's details → Lập hồ sơ → three pages with them and the proposals' figures; each as .xlsx and .docx with the same text", async () => {
    const { page, context, consoleErrors, outsideRequests } = await pane.open({ width: 420, height: 900 });
    await rankAndPropose(page, { sample: "Dùng bộ mẫu", imported: "đơn vị", rank: "3. Tính xếp hạng", compute: "Tính xếp hạng", nominate: "4. Lập danh sách đề nghị", propose: "Lập danh sách đề nghị", proposals: "Danh sách đề nghị" });

    const form = page.getByRole("region", { name: "Thông tin cuộc họp" });
    await form.getByLabel("Tên khối, cụm thi đua").fill(MEETING.block);
    await form.getByLabel("Ngày họp").fill(MEETING.date);
    await form.getByLabel("Địa điểm").fill(MEETING.place);
    await form.getByLabel("Chủ trì", { exact: true }).fill(MEETING.chair);
    await form.getByLabel("Thư ký", { exact: true }).fill(MEETING.secretary);
    await form.getByLabel(/^Số biên bản/).fill(MEETING.documentNumber);
    await form.getByLabel(/^Nơi nhận/).fill(MEETING.recipients.join("\n"));
    const present = form.getByRole("group", { name: "Đơn vị có mặt" });
    // The roster's units, in its order, all ticked to begin with.
    const units = await present.getByRole("checkbox").evaluateAll((boxes) => boxes.map((b) => (b.closest(".fui-Checkbox")?.textContent ?? "").trim()));
    expect([...units].sort()).toEqual(expected.units.map((u) => u.unit).sort());
    await expect(present.getByRole("checkbox").evaluateAll((boxes) => boxes.every((b) => (b as HTMLInputElement).checked))).resolves.toBe(true);
    await present.getByRole("checkbox", { name: ABSENT, exact: true }).uncheck();
    const ticked = await present.getByRole("checkbox").evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
    expect(ticked.filter((t) => !t)).toHaveLength(1);
    await expect(present.getByRole("checkbox", { name: ABSENT, exact: true }).isChecked()).resolves.toBe(false);

    await page.getByRole("button", { name: "Lập hồ sơ" }).click();
    await page.getByText("Đã ghi các trang: Danh sách đề nghị, Biên bản, Tờ trình.").waitFor();
    // No vote in the pane yet: its blanks are said once, by what they are, with where to give them (issue 22); nothing else is missing.
    await expect(page.getByText(/^Hồ sơ còn để trống:/).allTextContents()).resolves.toEqual(["Hồ sơ còn để trống: kết quả bỏ phiếu. Nhập kết quả bỏ phiếu (Kiểm phiếu) rồi lập lại hồ sơ."]);
    await expect(sheetNames(page)).resolves.toEqual(expect.arrayContaining(Object.values(PAGES)));
    await page.screenshot({ path: path.join(SCREENSHOTS, "step4-documents.png"), fullPage: true });

    const shown = {} as Record<DocumentId, string[][]>;
    for (const id of IDS) shown[id] = await previewRows(page, PAGES[id]);
    const presentUnits = units.filter((u) => u !== ABSENT);
    const proposalRow = (n: Engine["nominations"][number], i: number) => {
      const average = expected.units.find((u) => u.unit === n.unit)!.average as number;
      return [String(i + 1), n.unit, comma(average), String(n.rank), awardName(n.award)];
    };

    for (const id of IDS) {
      const rows = shown[id];
      const all = rows.flat();
      // The date line: the place, then the date in words, in italics, on the right of the number line.
      expect(all).toContain(`${MEETING.place}, ${DATE_WORDS}`);
      // The chair signs under TRƯỞNG KHỐI; the minutes, under CHỦ TRÌ (SPEC §7).
      const title = rows.findIndex((r) => r.includes(id === "bien-ban-hop-binh-xet" ? "CHỦ TRÌ" : "TRƯỞNG KHỐI"));
      expect(title).toBeGreaterThan(0);
      expect(rows.slice(title + 1).some((r) => r.includes(SIGNED.chair))).toBe(true);
      expect(all).toContain("- Ban Thi đua - Khen thưởng tỉnh;\n- Lưu: VT.");
      expect(all).toContain(MEETING.block.toUpperCase());
    }

    const list = shown["danh-sach-de-nghi"];
    expect(list.flat()).toContain(`(Kèm theo Biên bản họp bình xét thi đua số ${MEETING.documentNumber} ${DATE_WORDS} của ${MEETING.block})`);
    expect(list.filter((r) => /^\d+$/.test(r[0]!))).toEqual(expected.nominations.map(proposalRow));
    expect(list.flat()).toContainEqual(expect.stringContaining(`Danh sách có ${expected.nominations.length} đơn vị`));

    const minutes = shown["bien-ban-hop-binh-xet"];
    const minutesText = minutes.flat();
    expect(minutesText).toContain(`Số: ${MEETING.documentNumber}`);
    expect(minutesText).toContain(`Vào ${DATE_WORDS}, tại ${MEETING.place}, ${MEETING.block} tổ chức họp bình xét, suy tôn các danh hiệu thi đua năm 2026.`);
    expect(minutesText).toContain(`- Chủ trì: bà ${SIGNED.chair}, đại diện đơn vị Trưởng khối (Hội Luật gia tỉnh).`);
    expect(minutesText).toContain(`- Thư ký: ông ${SIGNED.secretary}.`);
    // Who was there, in the roster's order; the unit unticked is not among them.
    expect(minutesText).toContain(`- Đơn vị dự họp: ${presentUnits.length}/${units.length} đơn vị thành viên của Khối: ${presentUnits.join("; ")}.`);
    expect(minutesText).toContain(`- Đơn vị vắng mặt: ${ABSENT}.`);
    // The minutes' ranking table: every ranked unit with its average, self score and rank.
    const ranked = expected.units.filter((u) => u.rank !== null);
    expect(minutes.filter((r) => /^\d+$/.test(r[0]!) && r.length === 5)).toEqual(
      ranked.map((u, i) => [String(i + 1), u.unit, comma(u.average as number), comma(u.selfScore as number), String(u.rank)]),
    );
    // The vote's table lists the proposals (its figures blank until the vote is in the pane); the secretary signs too.
    for (const n of expected.nominations) expect(minutes).toContainEqual(expect.arrayContaining([n.unit, awardName(n.award)]));
    const secretary = minutes.findIndex((r) => r.includes("THƯ KÝ"));
    expect(minutes.slice(secretary + 1).some((r) => r.includes(SIGNED.secretary))).toBe(true);

    const letter = shown["to-trinh"];
    expect(letter.flat()).toContain(`Căn cứ kết quả chấm điểm, bình xét thi đua của ${MEETING.block} tại cuộc họp ${DATE_WORDS} (Biên bản số ${MEETING.documentNumber}),`);
    expect(letter.filter((r) => /^\d+$/.test(r[0]!))).toEqual(expected.nominations.map(proposalRow));

    // Each document downloaded: the .xlsx holds the page alone, cell for cell as shown; the .docx, read by LibreOffice, the same lines.
    for (const id of IDS) {
      const label = { "danh-sach-de-nghi": "Danh sách đề nghị khen thưởng", "bien-ban-hop-binh-xet": "Biên bản họp bình xét thi đua", "to-trinh": "Tờ trình đề nghị khen thưởng" }[id];
      const xlsx = await readXlsx(await download(page, id, "xlsx", label, path.join(dir, "vi")));
      expect(xlsx.name).toBe(PAGES[id]);
      expect(xlsx.rows).toEqual(shown[id]);
      expect(xlsx.formulas).toEqual([]);
      expect(xlsx.print.paperSize).toBe(9);
      expect(xlsx.print.orientation).toBe("portrait");
      const docx = docxText(await download(page, id, "docx", label, path.join(dir, "vi")), path.join(dir, "txt"));
      expect(lines(docx.split("\n"))).toEqual(lines(shown[id].flat()));
    }

    // Strings the officer types are data: a place and a secretary that look like formulas stay text in the file, and LibreOffice shows them as typed.
    await form.getByLabel("Địa điểm").fill("=1+2");
    await form.getByLabel("Thư ký", { exact: true }).fill("=3+4");
    await page.getByRole("button", { name: "Lập hồ sơ" }).click();
    // Written again, the pages replace the first ones; the list, where the workbook opens, shows the new place.
    await page.locator(`table[data-page="${PAGES["danh-sach-de-nghi"]}"] td`, { hasText: `=1+2, ${DATE_WORDS}` }).waitFor();
    await expect(sheetNames(page)).resolves.toEqual(expect.arrayContaining(Object.values(PAGES)));
    expect((await previewRows(page, PAGES["bien-ban-hop-binh-xet"])).flat()).toEqual(expect.arrayContaining([`=1+2, ${DATE_WORDS}`, "=3+4"]));
    const typed = await download(page, "bien-ban-hop-binh-xet", "xlsx", "Biên bản họp bình xét thi đua", path.join(dir, "typed"));
    const read = await readXlsx(typed);
    expect(read.formulas).toEqual([]);
    expect(read.rows.flat()).toEqual(expect.arrayContaining([`=1+2, ${DATE_WORDS}`, "=3+4", `- Thư ký: =3+4.`]));
    const { csv } = await readWithLibreOffice(typed, path.join(dir, "lo"));
    const sheet = csv.get(PAGES["bien-ban-hop-binh-xet"]) ?? [];
    expect(sheet.flat()).toEqual(expect.arrayContaining([`=1+2, ${DATE_WORDS}`, "=3+4"]));
    // The signatures' row: the secretary as typed beside the chair, not worked out.
    expect(sheet.find((r) => r.includes(SIGNED.chair))?.filter((c) => c !== "")).toEqual(["=3+4", SIGNED.chair]);

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  test("in English: the form and the buttons in English, the documents (signed in Vietnamese) in Vietnamese", async () => {
    const { page, context, consoleErrors } = await pane.open({ locale: "en-US", width: 420, height: 900 });
    await rankAndPropose(page, { sample: "Use the sample block", imported: "units", rank: "3. Compute ranking", compute: "Compute ranking", nominate: "4. Prepare nominations", propose: "Prepare nominations", proposals: "Proposals" });
    const form = page.getByRole("region", { name: "Meeting details" });
    await form.getByLabel("Meeting date").fill(MEETING.date);
    await form.getByLabel("Chair", { exact: true }).fill(MEETING.chair);
    await expect(form.getByRole("group", { name: "Units present" }).getByRole("checkbox").count()).resolves.toBe(expected.units.length);
    await page.getByRole("button", { name: "Make the documents" }).click();
    await page.getByText("Sheets written: List, Minutes, Cover letter.").waitFor();
    const minutes = (await previewRows(page, "Minutes")).flat();
    expect(minutes).toContain("BIÊN BẢN");
    expect(minutes).toContain(`- Chủ trì: bà ${SIGNED.chair}, đại diện đơn vị Trưởng khối (Hội Luật gia tỉnh).`);
    // Everyone ticked, as the form starts.
    expect(minutes).toContain("- Đơn vị vắng mặt: không có.");
    const docx = docxText(await download(page, "bien-ban-hop-binh-xet", "docx", "Minutes of the meeting", path.join(dir, "en")), path.join(dir, "txt-en"));
    expect(docx).toContain(`Vào ${DATE_WORDS}`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
