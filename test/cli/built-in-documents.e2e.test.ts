/**
 * The three built-in documents for the sample block (SPEC §7), as LibreOffice
 * prints them: each on the pages it should take (the list and the cover
 * letter one A4 page, the minutes at most two), every element of Decree
 * 30/2020/NĐ-CP's layout there, and the sample's real figures in the text;
 * then again after the sample's vote, as the README's renders show them.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import type { UnitJson } from "../../src/core/report/result-json";
import { scratchFolder, thidua } from "../support/cli";
import { requireLibreOffice } from "../support/libreoffice";
import { SAMPLE_MEETING } from "../fixtures/templates/sample-meeting";
import { SAMPLE_ABSENT, sampleVote } from "../fixtures/templates/sample-vote";

jest.setTimeout(240_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const dir = scratchFolder("thidua-built-in-");
const OUT = path.join(dir, "hs");

interface Result {
  units: UnitJson[];
  nominations: { unit: string; award: string; rank: number; votesFor?: number; voters?: number; share?: number; passed?: boolean }[];
}

const comma = (n: number) => n.toFixed(2).replace(".", ",");
/**
 * pdftotext breaks lines where the page does and spreads justified words
 * (*H ội*): texts are compared without any white space.
 */
const squash = (text: string) => text.replace(/\s+/g, "");

function printed(file: string): { pages: number; text: string; lines: string[]; pageLines: string[][] } {
  // In a Vietnamese locale, as an officer's Excel shows a sheet's numbers: 90,29.
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", path.join(dir, "pdf"), file], {
    stdio: "ignore",
    env: { ...process.env, LANG: "vi_VN.UTF-8", LC_ALL: "vi_VN.UTF-8" },
  });
  const pdf = path.join(dir, "pdf", `${path.parse(file).name}.pdf`);
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  // A4 portrait: 595 × 842 points.
  expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([595, 842]);
  const layout = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    text: squash(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })),
    lines: layout.split("\n"),
    pageLines: layout.split("\f").map((p) => p.split("\n")),
  };
}

/**
 * SPEC §7: a table's header row never stands alone at the foot of a page,
 * and repeats on each page its table goes on to. On every page, each printed
 * header (its *STT*) has a row of the table under it (a line opening with
 * its number); a page that opens inside a table opens with its header.
 */
function expectHeadersKept(page: { pageLines: string[][] }) {
  for (const lines of page.pageLines) {
    lines.forEach((line, i) => {
      if (!/^\s*STT\b/.test(line)) return;
      expect(lines.slice(i + 1).some((next) => /^\s*\d+\s+\S/.test(next))).toBe(true);
    });
    const first = lines.findIndex((line) => line.trim() !== "");
    if (first >= 0 && /^\s*\d+\s+Hội/.test(lines[first] as string)) throw new Error(`A page opens inside a table without its header: ${lines[first]}`);
  }
}

/** SPEC §7 for a .docx: every length a whole number of twips, drawn lines under the two heads, the table headers repeated. */
function expectDocxForm(file: string) {
  const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" });
  const lengths = [...xml.matchAll(/w:(?:w|h|top|right|bottom|left|header|footer|gutter|line|before|after|firstLine|space)="([^"]*)"/g)].map((m) => m[1]);
  expect(lengths.length).toBeGreaterThan(20);
  expect(lengths.filter((v) => !/^-?\d+$/.test(v as string))).toEqual([]);
  // The two short solid lines: paragraph borders, not underlined text.
  expect(xml.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
  expect(xml).not.toContain("<w:u ");
  expect(xml).toContain("<w:tblHeader/>");
}

/** A table's row as printed: its figures side by side on one line (the names wrap in their cells), its names in the text. */
function expectRow(page: { text: string; lines: string[] }, names: readonly string[], figures: readonly string[]) {
  for (const name of names) expect(page.text).toContain(squash(name));
  const pattern = new RegExp(`(^|\\s)${figures.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+")}(\\s|$)`);
  expect(page.lines.filter((line) => pattern.test(line))).not.toEqual([]);
}

describe("the built-in documents of the sample block", () => {
  let result: Result;
  beforeAll(async () => {
    requireLibreOffice();
    writeFileSync(path.join(dir, "hop.json"), JSON.stringify(SAMPLE_MEETING));
    const run = await thidua("rank", SAMPLE, "--meeting", path.join(dir, "hop.json"), "--documents", OUT, "--json", path.join(dir, "r.json"));
    expect([run.status, run.err]).toEqual([0, ""]);
    result = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as Result;
  });
  const average = (unit: string) => result.units.find((u) => u.unit === unit)?.average as number;
  const award = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name as string;

  /**
   * Decree 30's head, date line and signature, in every document: the list
   * and the letter signed for the block by its leader, the minutes by their
   * secretary and chair; under a signature the name alone.
   */
  function expectFrame(text: string, minutes = false) {
    const signers = minutes ? ["THƯ KÝ", "CHỦ TRÌ", "Trần Văn Sơn"] : ["TM. KHỐI THI ĐUA", "TRƯỞNG KHỐI"];
    for (const part of ["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", "HỘI LUẬT GIA TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:", "Yên Bái, ngày 29 tháng 12 năm 2026", ...signers, "Nguyễn Thị Minh Hòa", "Nơi nhận:", "- Ban Thi đua - Khen thưởng tỉnh;", "- Lưu: VT."]) {
      expect(text).toContain(squash(part));
    }
    if (minutes) expect(text).not.toContain(squash("TM. KHỐI THI ĐUA"));
    for (const titled of ["Bà Nguyễn Thị Minh Hòa", "Ông Trần Văn Sơn"]) expect(text).not.toContain(squash(titled));
  }

  test.each(["xlsx", "docx"])("the list of proposals (.%s): one page, every proposal with its score, rank and award", (ext) => {
    const page = printed(path.join(OUT, `danh-sach-de-nghi.${ext}`));
    const { pages, text } = page;
    expect(pages).toBe(1);
    expectFrame(text);
    expectHeadersKept(page);
    if (ext === "docx") expectDocxForm(path.join(OUT, "danh-sach-de-nghi.docx"));
    expect(text).toContain(squash("DANH SÁCH"));
    expect(text).toContain(squash("Đề nghị khen thưởng thi đua năm 2026"));
    for (const n of result.nominations) expectRow(page, [n.unit, award(n.award)], [comma(average(n.unit)), String(n.rank)]);
    expect(text).toContain(squash(`Danh sách có ${result.nominations.length} đơn vị`));
  });

  test.each(["xlsx", "docx"])("the minutes (.%s): at most two pages, who met, the method, the ranking, the vote, the proposals, two signatures", (ext) => {
    const page = printed(path.join(OUT, `bien-ban-hop-binh-xet.${ext}`));
    const { pages, text } = page;
    expect(pages).toBeLessThanOrEqual(2);
    expectFrame(text, true);
    expectHeadersKept(page);
    if (ext === "docx") expectDocxForm(path.join(OUT, "bien-ban-hop-binh-xet.docx"));
    expect(text).toContain(squash("Số: 15/BB-KTĐ"));
    expect(text).toContain(squash("BIÊN BẢN"));
    // In the body, each with the form of address; the body ends with ./.
    expect(text).toContain(squash("Chủ trì: bà Nguyễn Thị Minh Hòa"));
    expect(text).toContain(squash("Thư ký: ông Trần Văn Sơn"));
    expect(text).toContain(squash("nhất trí thông qua./."));
    // Why each better-ranked unit was not proposed (SPEC §5), as the JSON says it.
    const passedOver = result.units.filter((u) => u.reason !== null);
    expect(passedOver.length).toBeGreaterThan(0);
    for (const u of passedOver) expect(text).toContain(squash(`${u.unit} (xếp hạng ${u.rank}) không được đề nghị`));
    expect(text).toContain(squash(`${SAMPLE_MEETING.present.length}/${result.units.length} đơn vị thành viên`));
    // The units away, named: the roster's others.
    const away = /Đơnvịvắngmặt:(.*?)\.II\.NỘIDUNG/.exec(text)?.[1]?.split(";");
    expect(away?.sort()).toEqual(result.units.map((u) => squash(u.unit)).filter((u) => !SAMPLE_MEETING.present.map(squash).includes(u)).sort());
    expect(text).toContain(squash("trung bình cộng điểm chấm chéo"));
    expect(text).toContain(squash(`tổng hợp ${result.units.reduce((s, u) => s + u.scorers, 0)} phiếu chấm chéo hợp lệ`));
    // The ranking's table: each unit with its average and self score.
    for (const u of result.units.filter((x) => x.rank !== null)) {
      expectRow(page, [u.unit], [comma(u.average as number), ...(u.selfScore === null ? [] : [comma(u.selfScore)]), String(u.rank)]);
    }
    expect(text).toContain(squash("trên 50% tổng số phiếu"));
    expect(text).toContain(squash("THƯ KÝ"));
    for (const n of result.nominations) expect(text).toContain(squash(award(n.award).split(" ").slice(0, 3).join(" ")));
  });

  test.each(["xlsx", "docx"])("the cover letter (.%s): one page, grounds, the proposals, the signature", (ext) => {
    const page = printed(path.join(OUT, `to-trinh.${ext}`));
    const { pages, text } = page;
    expect(pages).toBe(1);
    expectFrame(text);
    expectHeadersKept(page);
    if (ext === "docx") expectDocxForm(path.join(OUT, "to-trinh.docx"));
    expect(text).toContain(squash("TỜ TRÌNH"));
    expect(text).toContain(squash("quyết định./."));
    expect(text).toContain(squash("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh"));
    expect(text).toContain(squash("Căn cứ Luật Thi đua, khen thưởng"));
    expect(text).toContain(squash(`gồm ${result.units.length} đơn vị thành viên`));
    for (const n of result.nominations) expectRow(page, [n.unit, award(n.award)], [comma(average(n.unit)), String(n.rank)]);
  });
});

describe("the built-in documents after the sample block's vote (the README's renders)", () => {
  const VOTED = path.join(dir, "voted");
  let result: Result;
  let voters: string[];
  beforeAll(async () => {
    requireLibreOffice();
    mkdirSync(VOTED, { recursive: true });
    const vote = await sampleVote(VOTED);
    voters = vote.voters;
    const run = await thidua("rank", SAMPLE, "--votes", vote.tally, "--meeting", vote.meeting, "--documents", path.join(VOTED, "hs"), "--json", path.join(VOTED, "r.json"));
    expect([run.status, run.err]).toEqual([0, ""]);
    result = JSON.parse(readFileSync(path.join(VOTED, "r.json"), "utf8")) as Result;
  });
  const average = (unit: string) => result.units.find((u) => u.unit === unit)?.average as number;
  const award = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name as string;
  const passed = () => result.nominations.filter((n) => n.passed);
  /** A share as the sheet's 0.0% or the Word file's text writes it. */
  const share = (n: Result["nominations"][number]) => new RegExp(`${Math.round((n.share as number) * 100)}(,0)?%`);

  test.each(["xlsx", "docx"])("still one page for the list and the cover letter, two for the minutes (.%s); only what passed goes upward, and the minutes say the whole vote", (ext) => {
    expect(passed().length).toBeGreaterThan(0);
    const failed = result.nominations.filter((n) => n.passed === false);
    expect(failed).toHaveLength(1);

    const list = printed(path.join(VOTED, "hs", `danh-sach-de-nghi.${ext}`));
    expect(list.pages).toBe(1);
    for (const n of passed()) {
      expectRow(list, [n.unit, award(n.award)], [comma(average(n.unit)), String(n.rank)]);
      expect(list.text).toMatch(share(n));
    }
    expect(list.text).not.toContain(squash(failed[0]!.unit));
    expect(list.text).toContain(squash(`Danh sách có ${passed().length} đơn vị`));

    const minutes = printed(path.join(VOTED, "hs", `bien-ban-hop-binh-xet.${ext}`));
    expect(minutes.pages).toBeLessThanOrEqual(2);
    expectHeadersKept(minutes);
    // The proposal the vote turned down is one of the reasons (SPEC §5).
    expect(result.units.find((u) => u.unit === failed[0]!.unit)?.reason).toBe("vote-failed");
    expect(minutes.text).toContain(squash(`${failed[0]!.unit} (xếp hạng ${failed[0]!.rank}) không được đề nghị ${award(failed[0]!.award)} vì không đạt số phiếu cần thiết.`));
    expect(minutes.text).toContain(squash(`- Đơn vị dự họp: ${voters.length}/${result.units.length} đơn vị thành viên`));
    expect(minutes.text).toContain(squash(`- Đơn vị vắng mặt: ${SAMPLE_ABSENT}.`));
    expect(minutes.text).toContain(squash(`số phiếu hợp lệ: ${voters.length} phiếu; đơn vị được đề nghị khi có số phiếu đồng ý trên 50% tổng số phiếu.`));
    for (const n of passed()) expectRow(minutes, [n.unit], [String(n.votesFor), String(n.voters)]);
    const f = failed[0]!;
    expect(minutes.text).toContain(squash(`Đề nghị không đạt số phiếu cần thiết: ${f.unit} (${award(f.award)}), ${f.votesFor}/${f.voters} phiếu đồng ý (${Math.round((f.share as number) * 100)}%).`));
    expect(minutes.text).toContain(squash(`đề nghị khen thưởng ${passed().length} đơn vị như danh sách trên`));

    const letter = printed(path.join(VOTED, "hs", `to-trinh.${ext}`));
    expect(letter.pages).toBe(1);
    for (const n of passed()) expectRow(letter, [n.unit, award(n.award)], [comma(average(n.unit)), String(n.rank)]);
    expect(letter.text).toContain(squash(`đề nghị khen thưởng ${passed().length} đơn vị`));
  });
});
