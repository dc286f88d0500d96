/**
 * Issue 22, "found on the command line": what a new user typed, each answer
 * in the report's language with what to do, never Node's text or a stack.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DOCUMENTS_MANIFEST } from "../../src/cli/output-guard";
import { scratchFolder, thidua } from "../support/cli";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/sample");
const CRITERIA = path.join(SAMPLE, "Bang tieu chi cham diem thi dua 2026.xlsx");
const ROSTER = path.join(SAMPLE, "Danh sach don vi Khoi 2026.xlsx");
const XLS = path.join(SAMPLE, "Phieu cham cheo - Hoi Dong y (ban cu).xls");
const scratch = scratchFolder("thidua-new-user-");

/** What no message to an officer may hold: Node's parser's words, its quoting, a stack frame. */
function expectPlain(text: string): void {
  expect(text).not.toMatch(/Unknown option|ERR_|TypeError|Error:|\n\s+at /);
  expect(text).not.toContain("'--");
}

describe("argument mistakes are said in the report's language, with the option meant", () => {
  test("--metod trimmed: Vietnamese by default, did you mean --method", async () => {
    const { status, out, err } = await thidua("rank", "--metod", "trimmed", SAMPLE);
    expect([status, out]).toEqual([2, ""]);
    expect(err).toMatch(/^Không có tùy chọn “--metod”\. Có phải ý bạn là --method\?/);
    expectPlain(err);
  });

  test("--lang en after the mistake still answers in English", async () => {
    const { status, err } = await thidua("rank", "--metod", "trimmed", SAMPLE, "--lang", "en");
    expect(status).toBe(2);
    expect(err).toMatch(/^There is no option “--metod”\. Did you mean --method\?/);
    const inline = await thidua("rank", "--metod=trimmed", SAMPLE, "--lang=en");
    expect(inline.err).toMatch(/^There is no option “--metod”\. Did you mean --method\?/);
  });

  test.each([
    [["rank", "--method", "trimed", SAMPLE], /^--method chỉ nhận mean hoặc trimmed, không nhận “trimed”\. Có phải ý bạn là --method trimmed\?/],
    [["rank", "--method", "trimed", SAMPLE, "--lang", "en"], /^--method takes mean or trimmed, not “trimed”\. Did you mean --method trimmed\?/],
    [["check"], /^Chưa có phiếu chấm: ghi sau lệnh thư mục của khối/],
    [["check", "--lang", "en"], /^No scoresheets given/],
    [["chek", SAMPLE], /^Không có lệnh “chek”\. Có phải ý bạn là check\?/],
    [["rank", "-method", "trimmed", SAMPLE], /^Không có tùy chọn “-method”\. Có phải ý bạn là --method\?/],
    [["rank", "--criteria"], /^Tùy chọn --criteria cần một giá trị ngay sau nó, ví dụ: --criteria bang-tieu-chi\.xlsx/],
    [["rank", "--criteria", "--roster", ROSTER, SAMPLE], /^Tùy chọn --criteria cần một giá trị/],
    [["scoresheets", "--criteria", CRITERIA, "--roster", ROSTER, "--out", scratch, "--deadline", "31/02/2026"], /^--deadline cần một ngày, ví dụ 15\/12\/2026/],
    [["scoresheets", "--criteria", CRITERIA, "--roster", ROSTER, "--out", scratch, "--dealine", "15/12/2026"], /^Không có tùy chọn “--dealine”\. Có phải ý bạn là --deadline\?/],
    [["scoresheets", "--criteria", CRITERIA, "--out", scratch, "--lang", "en"], /^scoresheets needs --roster/],
  ])("%j", async (argv, message) => {
    const { status, out, err } = await thidua(...argv);
    expect([status, out]).toEqual([2, ""]);
    expect(err).toMatch(message);
    expect(err).toContain("Cách dùng / Usage:");
    expectPlain(err);
  });

  test("--deadline takes the Vietnamese day (dd/mm/yyyy) as well as yyyy-mm-dd", async () => {
    const out = path.join(scratch, "phieu");
    const made = await thidua("scoresheets", "--criteria", CRITERIA, "--roster", ROSTER, "--out", out, "--deadline", "15/12/2026");
    expect([made.status, made.err]).toEqual([0, ""]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(out, "Phieu cham - Hội Luật gia tỉnh.xlsx")) as unknown as ArrayBuffer);
    const guide: string[] = [];
    workbook.getWorksheet("Hướng dẫn")?.eachRow((row) => row.eachCell((cell) => void guide.push(String(cell.value))));
    expect(guide.join("\n")).toMatch(/trước ngày 15\/12\/2026/);
  });
});

describe("a folder with no .xlsx says so, not «no criteria table»", () => {
  test.each([
    ["empty", [] as string[]],
    ["lone-xls", ["Phieu cham cheo - Hoi Dong y (ban cu).xls"]],
    ["ods-csv", ["bang.ods", "tong-hop.csv"]],
  ])("%s", async (name, files) => {
    const dir = path.join(scratch, name);
    mkdirSync(dir, { recursive: true });
    for (const file of files) {
      if (file.endsWith(".xls")) copyFileSync(XLS, path.join(dir, file));
      else writeFileSync(path.join(dir, file), "a;b\n1;2\n");
    }
    const { status, err } = await thidua("check", dir);
    expect(status).toBe(2);
    expect(err).toContain(`Không có tệp .xlsx nào trong “${dir}”`);
    for (const file of files) expect(err).toContain(file);
    expect(err).toContain("Lưu thành › Sổ làm việc Excel (.xlsx)");
    expect(err).toContain("soffice --headless --convert-to xlsx");
    expect(err).not.toContain("Không tìm thấy bảng tiêu chí");
    const en = await thidua("rank", dir, "--lang", "en");
    expect(en.status).toBe(2);
    expect(en.err).toContain("There is no .xlsx file in");
    expect(en.err).not.toContain("No criteria table");
  });

  test("a lone .xls named as a file says the same", async () => {
    const { status, err } = await thidua("check", XLS, "--lang", "en");
    expect(status).toBe(2);
    expect(err).toContain("only: Phieu cham cheo - Hoi Dong y (ban cu).xls");
    expect(err).toContain("not .xls");
  });
});

describe("the report of rank on the sample block", () => {
  let report = "";
  let english = "";
  const docs = path.join(scratch, "ho-so");
  beforeAll(async () => {
    const ran = await thidua("rank", SAMPLE, "--documents", docs);
    expect(ran.status).toBe(0);
    report = ran.out;
    english = (await thidua("rank", SAMPLE, "--lang", "en")).out;
  });

  test("the built-in documents' warnings are under each document's name, never an empty name", () => {
    expect(report).toMatch(/^danh-sach-de-nghi\.xlsx — 0 lỗi, \d+ cảnh báo$/m);
    expect(report).toMatch(/^bien-ban-hop-binh-xet\.xlsx — 0 lỗi, \d+ cảnh báo$/m);
    expect(report).not.toMatch(/^ — /m);
  });

  test("a missing value is given the command line's way, not with the pane's forms and buttons", () => {
    expect(report).toContain('Ghi trường "block" trong tệp --meeting');
    expect(report).toContain('Ghi trường "date" trong tệp --meeting');
    expect(report).toContain("--votes TỆP.xlsx");
    expect(report).not.toMatch(/Cài đặt|bước 4|Thông tin cuộc họp|\(Kiểm phiếu\)/);
  });

  test("each number column has the same decimals, with the Vietnamese decimal comma", () => {
    const rows = report.split("\n").filter((l) => /^\s+\d+\s{2}\S/.test(l));
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      const [average, self, gap] = row.trim().split(/\s{2,}/).filter((_, i) => [2, 5, 6].includes(i));
      for (const value of [average, self, gap]) expect(value).toMatch(/^-?\d+,\d\d$/);
    }
    expect(report).toContain("97,50");
    expect(report).toContain("85,00");
    expect(report).toContain("101,00");
    expect(english).toContain("101.00");
  });

  test("Kendall's W comes with what 0 and 1 mean", () => {
    expect(report).toMatch(/Kendall's W\): 0,04.*\n\s+\(từ 0 đến 1: 0 là .*, 1 là mọi đơn vị chấm xếp cùng một thứ tự; mức này là thấp/);
    expect(english).toMatch(/Kendall's W\): 0\.04.*\n\s+\(from 0 to 1: 0 when .*, 1 when they all order them alike; this is low/);
  });

  test("a second rank --documents writes over what it wrote, keeps what the officer edited, and says so", async () => {
    const before = readdirSync(docs).sort();
    expect(before).toContain(DOCUMENTS_MANIFEST);
    const minutes = path.join(docs, "bien-ban-hop-binh-xet.docx");
    const edited = Buffer.concat([readFileSync(minutes), Buffer.from("sửa tay")]);
    writeFileSync(minutes, edited);
    const again = await thidua("rank", SAMPLE, "--documents", docs);
    expect(again.status).toBe(0);
    expect(readFileSync(minutes).equals(edited)).toBe(true);
    const copy = path.join(docs, "bien-ban-hop-binh-xet (2).docx");
    expect(existsSync(copy)).toBe(true);
    expect(again.out).toContain(`Giữ nguyên ${minutes}: tệp đã được sửa sau lần Thi đua ghi trước`);
    expect(again.out).toContain(`bản mới ghi vào ${copy}`);
    expect(again.out).toContain(`Đã ghi: ${path.join(docs, "to-trinh.docx")}`);
    expect(readdirSync(docs).sort()).toEqual([...before, "bien-ban-hop-binh-xet (2).docx"].sort());
    // The copy is ours: the third run writes over it, not a (3).
    const third = await thidua("rank", SAMPLE, "--documents", docs, "--lang", "en");
    expect(third.out).toContain(`Kept ${minutes} as it is`);
    expect(existsSync(path.join(docs, "bien-ban-hop-binh-xet (3).docx"))).toBe(false);
  });

  test("a file already there that Thi đua never wrote is kept too", async () => {
    const dir = path.join(scratch, "own-file");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "to-trinh.xlsx"), "the officer's own");
    const ran = await thidua("rank", SAMPLE, "--documents", dir);
    expect(ran.status).toBe(0);
    expect(readFileSync(path.join(dir, "to-trinh.xlsx"), "utf8")).toBe("the officer's own");
    expect(existsSync(path.join(dir, "to-trinh (2).xlsx"))).toBe(true);
  });
});

describe("--trim K larger than the scorers allow", () => {
  test("--trim 20 with at most 10 scorers says the mean was used, never that it trimmed", async () => {
    const { status, out } = await thidua("rank", SAMPLE, "--method", "trimmed", "--trim", "20");
    expect(status).toBe(0);
    expect(out).not.toContain("cắt bỏ 20 điểm cao nhất và 20 điểm thấp nhất\n");
    expect(out).toMatch(/^Trung bình cộng các điểm chấm chéo: không đơn vị nào đủ 41 phiếu .*nhiều nhất 10 phiếu.*dùng trung bình cộng cho mọi đơn vị/m);
    const mean = await thidua("rank", SAMPLE);
    const table = (text: string) => text.split("\n").filter((l) => /^\s+\d+\s{2}\S/.test(l));
    expect(table(out)).toEqual(table(mean.out));
  });

  test("--trim 4 names the units with fewer than 9 totals, which keep the mean", async () => {
    const { out } = await thidua("rank", SAMPLE, "--method", "trimmed", "--trim", "4", "--lang", "en");
    expect(out).toContain("Mean without the 4 highest and 4 lowest totals");
    expect(out).toMatch(/Fewer than 9 totals to trim, the plain mean used for: .*Hội Chữ thập đỏ tỉnh \(7\)/);
    expect(out).toMatch(/used for: .*Hội Luật gia tỉnh \(8\)/);
    expect(out).not.toMatch(/used for: .*Hội Người mù tỉnh/);
  });
});

describe("where the command writes, refused before the import with exit status 2", () => {
  test.each([
    [["--out", "ket-qua.xls"], /^--out ghi một sổ làm việc Excel \.xlsx.*Dùng: --out "ket-qua\.xlsx"/],
    [["--out", "ket-qua.xls", "--lang", "en"], /^--out writes an Excel workbook \(\.xlsx\).*Use: --out "ket-qua\.xlsx"/],
    [["--out", ROOT], /^--out cần tên một tệp \.xlsx, nhưng “.*” là một thư mục/],
    [["--documents", CRITERIA], /^--documents cần một thư mục .* là một tệp/],
    [["--documents", CRITERIA, "--lang", "en"], /^--documents needs a folder .* is a file/],
    [["--out", path.join(ROOT, "khong-co", "ket-qua.xlsx")], /^Không có thư mục để ghi/],
    [["--json", ROOT], /^--json cần tên một tệp \.json/],
  ])("%j", async (options, message) => {
    const { status, out, err } = await thidua("rank", SAMPLE, ...options);
    expect([status, out]).toEqual([2, ""]);
    expect(err).toMatch(message);
    expectPlain(err);
  });
});

describe("through npm run, paths are where the user stands", () => {
  test("npm run thidua -- check sample/ from assets/ reads assets/sample", () => {
    const ran = spawnSync("npm", ["run", "--silent", "thidua", "--", "check", "sample", "--json", "ket-qua-tam.json"], {
      cwd: path.join(ROOT, "assets"),
      encoding: "utf8",
      env: { ...process.env, npm_config_update_notifier: "false" },
    });
    const written = path.join(ROOT, "assets", "ket-qua-tam.json");
    try {
      expect(ran.stderr).toBe("");
      expect(ran.status).toBe(0);
      expect(ran.stdout).toContain("Đã đọc 17 tệp, 120 phiếu (107 phiếu dùng được)");
      expect(JSON.parse(readFileSync(written, "utf8")).schema).toBe("thidua.result/1");
    } finally {
      rmSync(written, { force: true });
    }
  });
});
