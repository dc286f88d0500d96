/**
 * The `.xlsx` writer of the output sheets (SPEC §6): written by exceljs's
 * streaming writer plus our table parts and links, read back by exceljs and
 * by LibreOffice, the second reader: same tables, values, formats and links,
 * and text that looks like a formula stays text.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { partText, unzipOf } from "../support/zip";
import { resultSheets } from "../../src/workbook/result-sheets";
import { chartPlacement, sheetLayout, type SheetSpec, type TableSpec } from "../../src/workbook/ports/sink";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { ExcelJsSink } from "../../src/xlsx/write-workbook";
import {
  EXPECTED_AVERAGES,
  FORMULA_UNIT,
  LUAT_GIA,
  MINUS_UNIT,
  PLUS_UNIT,
  sampleInput,
  units,
} from "../workbook/sample-result";
import { readWithLibreOffice, requireLibreOffice } from "../support/libreoffice";

const VOTES = [
  { unit: LUAT_GIA, award: "co-thi-dua-chinh-phu", votesFor: 3, voters: 4 },
  { unit: FORMULA_UNIT, award: "co-thi-dua-ubnd-tinh", votesFor: 2, voters: 3 },
];

async function write(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const sink = new ExcelJsSink();
  await sink.writeSheets(sheets);
  return sink.toBuffer();
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The parts of the package, by name, as text. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = unzipOf(bytes);
  return new Map([...zip.keys()].map((name) => [name.replace(/^\//, ""), partText(zip, name)]));
}

interface TableModel {
  name: string;
  tableRef: string;
  columns: { name: string }[];
}

function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  return (ws as unknown as { getTables(): { table: TableModel }[] }).getTables().map((t) => t.table);
}

const specs = resultSheets(sampleInput({ votes: VOTES }), "vi");

describe("ExcelJsSink: the workbook read back by exceljs", () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let xml: Map<string, string>;

  beforeAll(async () => {
    bytes = await write(specs);
    workbook = await load(bytes);
    xml = await parts(bytes);
  });

  const sheet = (name: string) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };

  it("holds the seven sheets, each with its Excel table over header and data rows", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(specs.map((s) => s.name));
    for (const spec of specs) {
      const expected = sheetLayout(spec).map((p) => ({
        name: p.table.name,
        tableRef: `A${p.headerRow}:${String.fromCharCode(64 + p.table.columns.length)}${p.lastDataRow}`,
        columns: p.table.columns.map((c) => c.header),
      }));
      const tables = tablesOf(sheet(spec.name)).map((t) => ({ name: t.name, tableRef: t.tableRef, columns: t.columns.map((c) => c.name) }));
      expect(tables).toEqual(expected);
    }
    expect(tablesOf(sheet("Điểm chấm"))[0]?.tableRef).toBe("A5:H31");
    expect(tablesOf(sheet("Tổng hợp")).map((t) => t.name)).toEqual(["tdSummary", "tdScorers"]);
    // The header cells hold exactly the table's column names.
    const summary = sheet("Tổng hợp");
    const header = sheetLayout(specs[5]!)[0]!.headerRow;
    expect((summary.getRow(header).values as unknown[]).slice(1)).toEqual(specs[5]!.table.columns.map((c) => c.header));
  });

  it("writes the title lines above the table and freezes the header row", () => {
    const summary = sheet("Tổng hợp");
    expect(summary.getCell("A1").value).toBe("BẢNG TỔNG HỢP ĐIỂM CHẤM CHÉO VÀ XẾP THỨ");
    expect(summary.getCell("A1").font?.bold).toBe(true);
    expect(summary.getCell("A2").value).toBe("Khối thi đua: Khối các Hội đặc thù — năm 2025");
    expect(summary.getCell("A13").value).toMatch(/^ĐỘ LỆCH CỦA CÁC ĐƠN VỊ CHẤM/);
    for (const spec of specs) {
      const { headerRow } = sheetLayout(spec)[0]!;
      expect(sheet(spec.name).views[0]).toMatchObject({ state: "frozen", ySplit: headerRow, topLeftCell: `A${headerRow + 1}` });
    }
  });

  it("keeps numbers exact and rounds them by number format", () => {
    const summary = sheet("Tổng hợp");
    const rows = [8, 9, 10, 11].map((r) => summary.getRow(r));
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(3).value])).toEqual([
      [1, LUAT_GIA, EXPECTED_AVERAGES[LUAT_GIA]],
      [2, FORMULA_UNIT, EXPECTED_AVERAGES[FORMULA_UNIT]],
      [3, PLUS_UNIT, 16.875],
      [4, MINUS_UNIT, EXPECTED_AVERAGES[MINUS_UNIT]],
    ]);
    expect(summary.getCell("C10").numFmt).toBe("0.00");
    expect(summary.getCell("I10").value).toBe(18.25);
    expect(summary.getCell("I10").numFmt).toBe("0.00");
    expect(summary.getCell("A10").numFmt).toBeUndefined();

    // Votes recorded: no title line about them, the table starts at row 4.
    const nominations = sheet("Đề nghị");
    expect(nominations.getCell("G5").value).toBe(0.75);
    expect(nominations.getCell("G5").numFmt).toBe("0.0%");
    expect(nominations.getCell("G6").value).toBe(2 / 3);
    expect(nominations.getCell("H6").value).toBe("Đạt");
    expect(nominations.getCell("F7").value).toBeNull();
  });

  it("stores names that look like formulas as text, never as formulas", () => {
    const unitsSheet = sheet("Đơn vị");
    const names = [5, 6, 7, 8].map((r) => unitsSheet.getCell(`A${r}`));
    expect(names.map((c) => c.value)).toEqual(units.map((u) => u.name));
    for (const cell of names) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(unitsSheet.getCell("B7").value).toBe("@x");
    expect(sheet("Tiêu chí").getCell("D6").value).toBe("=SUM(1,2) hoàn thành kế hoạch");
    expect(sheet("Tổng hợp").getCell("I7").value).toBe(FORMULA_UNIT);
    // Not one formula in the package; every string a shared string.
    for (const [name, text] of xml) {
      if (name.startsWith("xl/worksheets/sheet")) {
        expect(text).not.toMatch(/<f[ >]/);
        expect(text).not.toMatch(/t="(str|inlineStr)"/);
      }
    }
    expect(xml.get("xl/sharedStrings.xml")).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;Hội Nhà báo&quot;)");
  });

  it("links an issue's cell to its row of tdScores, inside the workbook", () => {
    const checks = sheet("Kiểm tra");
    expect(checks.getCell("I6").value).toBe("D8");
    expect(checks.getCell("I6").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(checks.getCell("I7").value).toBe("C8");
    // exceljs reads only external links; the sheet's XML holds ours, as Excel writes internal ones.
    const sheetXml = xml.get("xl/worksheets/sheet5.xml") ?? "";
    expect(sheetXml.match(/<hyperlink [^>]*>/g)).toEqual([`<hyperlink ref="I6" location="&apos;Điểm chấm&apos;!A29:H29" display="D8"/>`]);
    expect(sheet("Điểm chấm").getRow(29).values).toEqual([
      undefined,
      MINUS_UNIT,
      LUAT_GIA,
      "I.1",
      "Đạt",
      "Chấm chéo",
      "chu-thap-do.xlsx",
      "Luật gia",
      "D8",
    ]);
    // No relationship for it: only the table's.
    expect(xml.get("xl/worksheets/_rels/sheet5.xml.rels")).not.toMatch(/hyperlink/);
    // Schema order: conditional formats, validations, hyperlinks, margins, table parts.
    const order = ["<conditionalFormatting", "<hyperlinks>", "<pageMargins", "<tableParts"].map((tag) => sheetXml.indexOf(tag));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] as number)))).toBe(true);
  });

  it("validates the score column with a message, and colours issues by severity", () => {
    const scores = sheet("Điểm chấm");
    const validations = (scores as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(Object.keys(validations)).toHaveLength(26);
    expect(validations.D6).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [-1000000, 1000000],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Điểm đọc từ phiếu chấm",
      errorStyle: "warning",
    });
    expect(xml.get("xl/worksheets/sheet4.xml")).toMatch(/<dataValidation [^>]*sqref="D6:D31"/);

    const checks = sheet("Kiểm tra") as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] };
    expect(checks.conditionalFormattings.map((cf) => [cf.ref, cf.rules[0]?.formulae])).toEqual([
      ["A6:I8", ['$A6="Lỗi"']],
      ["A6:I8", ['$A6="Cảnh báo"']],
    ]);
    expect(checks.conditionalFormattings[0]?.rules[0]).toMatchObject({
      type: "expression",
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } },
    });
  });

  it("opens on the summary, widths fit the names, long text wraps", () => {
    expect(workbook.views[0]?.activeTab).toBe(5);
    // Narrower than the other sheets' names: Tổng hợp prints one A4 page wide.
    expect(sheet("Tổng hợp").getColumn(2).width).toBe(34);
    expect(sheet("Kiểm tra").getCell("C6").alignment).toMatchObject({ wrapText: true });
    // Rows of wrapped messages are given the height of their lines; the summary's header, of its scorers' names.
    expect(sheet("Kiểm tra").getRow(6).height).toBe(32);
    expect(sheet("Kiểm tra").getRow(5).height).toBeUndefined();
    // The scorers' columns are narrow, so that Tổng hợp prints one page wide: their names wrap over more lines.
    expect(sheet("Tổng hợp").getRow(7).height).toBe(92);
    expect(xml.get("[Content_Types].xml")).toContain('<Override PartName="/xl/tables/table8.xml"');
  });
});

function unescapeXml(text: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] as string);
}

describe("ExcelJsSink: the chart of the averages on the summary", () => {
  let xml: Map<string, string>;
  const summary = specs.find((s) => s.table.name === "tdSummary")!;
  const place = chartPlacement(summary)!;
  const sheetPart = `xl/worksheets/sheet${specs.indexOf(summary) + 1}.xml`;
  const ranked = [LUAT_GIA, FORMULA_UNIT, PLUS_UNIT, MINUS_UNIT];

  beforeAll(async () => {
    xml = await parts(await write(specs));
  });

  it("hangs one drawing on the summary sheet only, after its page setup and before its tables", () => {
    const withDrawing = [...xml].filter(([name, text]) => name.startsWith("xl/worksheets/sheet") && text.includes("<drawing "));
    expect(withDrawing.map(([name]) => name)).toEqual([sheetPart]);
    const sheetXml = xml.get(sheetPart)!;
    const relId = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
    // The print title (headerFooter) comes between, as the schema orders a sheet's parts.
    expect(sheetXml).toMatch(/<pageSetup [^>]*\/>(<headerFooter>.*<\/headerFooter>)?<drawing r:id="rId\d+"\/><tableParts /);
    expect(xml.get(sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels")).toContain(
      `<Relationship Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
    );
    expect(xml.get("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const types = xml.get("[Content_Types].xml")!;
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it("anchors the chart beside the widest table, one bar per ranked unit", () => {
    const drawing = xml.get("xl/drawings/drawing1.xml")!;
    const corner = (tag: string) => {
      const m = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>(\\d+)</xdr:row>`).exec(drawing)!;
      return [Number(m[1]), Number(m[2])];
    };
    const widest = Math.max(...sheetLayout(summary).map((p) => p.table.columns.length));
    expect(corner("from")).toEqual([widest + 1, place.main.headerRow - 1]);
    expect(corner("to")).toEqual([widest + 9, place.main.headerRow - 1 + 16]);
  });

  it("draws the averages by unit from the summary's cells, rank 1 on top, with the values cached", () => {
    const chart = xml.get("xl/charts/chart1.xml")!;
    const { headerRow, firstDataRow, lastDataRow } = place.main;
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain(`<a:t>${summary.chart!.title}</a:t>`);
    const refs = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => unescapeXml(m[1]!));
    expect(refs).toEqual([`'Tổng hợp'!$C$${headerRow}`, `'Tổng hợp'!$B$${firstDataRow}:$B$${lastDataRow}`, `'Tổng hợp'!$C$${firstDataRow}:$C$${lastDataRow}`]);
    const cache = (tag: string) => {
      const block = new RegExp(`<c:${tag}>(.*?)</c:${tag}>`).exec(chart)![1]!;
      return [...block.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => unescapeXml(m[1]!));
    };
    expect(cache("cat")).toEqual(ranked);
    expect(cache("val").map(Number)).toEqual(ranked.map((u) => EXPECTED_AVERAGES[u]));
    expect(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<\/c:catAx>/.test(chart)).toBe(true);
  });

  it("leaves a workbook our own reader and exceljs still open", async () => {
    const bytes = await write(specs);
    const read = await readWorkbook(bytes, "ket-qua.xlsx");
    expect(read.ok).toBe(true);
    expect((await load(bytes)).worksheets).toHaveLength(specs.length);
  });
});

describe("ExcelJsSink: edge cases of the data", () => {
  const columns = [{ header: "Văn bản" }, { header: "Số", numberFormat: "0.0" }];
  const table = (rows: TableSpec["rows"]): TableSpec => ({ name: "tdUnits", columns, rows });

  it("escapes _xHHHH_, drops what XML cannot hold, caps text at Excel's limit, blanks non-finite numbers", async () => {
    const long = "đ".repeat(40_000);
    const bytes = await write([
      {
        name: "Đơn vị",
        table: table([
          ["A_x0041_B", Number.NaN],
          ["tab\tnull\u0000bell\u0007\u007F\uFFFE lone\uD800 end", Number.POSITIVE_INFINITY],
          [long, -0],
          [true, 1 / 3],
          ["", null],
        ]),
      },
    ]);
    const ws = (await load(bytes)).getWorksheet("Đơn vị")!;
    expect(ws.getCell("A2").value).toBe("A_x0041_B");
    expect((await parts(bytes)).get("xl/sharedStrings.xml")).toContain("A_x005F_x0041_B");
    expect(ws.getCell("B2").value).toBeNull();
    // A lone surrogate becomes U+FFFD on the way to UTF-8.
    expect(ws.getCell("A3").value).toBe("tab\tnullbell lone\uFFFD end");
    expect(ws.getCell("B3").value).toBeNull();
    expect((ws.getCell("A4").value as string).length).toBe(32_767);
    expect(ws.getCell("B4").value).toBe(0);
    expect(ws.getCell("A5").value).toBe(true);
    expect(ws.getCell("B5").value).toBe(1 / 3);
    expect(ws.getCell("B5").numFmt).toBe("0.0");
    expect(ws.getCell("A6").value).toBeNull();
  });

  it("gives an empty table one blank data row, as Excel needs", async () => {
    const ws = (await load(await write([{ name: "Trống", titleLines: ["Không có gì"], table: table([]) }]))).getWorksheet("Trống")!;
    expect(tablesOf(ws).map((t) => [t.name, t.tableRef])).toEqual([["tdUnits", "A3:B4"]]);
  });

  it("makes header texts fit a table: unique, one line, not blank", async () => {
    const headers = ["Đơn vị", "đơn vị", "  ", "Hai\ndòng", "A_x0041_B"];
    const summary: TableSpec = { name: "tdSummary", columns: headers.map((header) => ({ header })), rows: [[1, 2, 3, 4, 5]] };
    const ws = (await load(await write([{ name: "Tổng hợp", table: summary }]))).getWorksheet("Tổng hợp")!;
    // Header cells and the table's column names agree, `_xHHHH_` escaped in both (exceljs decodes only the cells).
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["Đơn vị", "đơn vị (2)", "Column 3", "Hai dòng", "A_x0041_B"]);
    expect(tablesOf(ws)[0]?.columns.map((c) => c.name)).toEqual(["Đơn vị", "đơn vị (2)", "Column 3", "Hai dòng", "A_x005F_x0041_B"]);
  });

  it("gives two sheets of one batch with the same name two names", async () => {
    const workbook = await load(await write([{ name: "Tổng hợp", table: table([["a", 1]]) }, { name: "tổng hợp", table: { ...table([["b", 2]]), name: "tdSummary" } }]));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp", "tổng hợp (2)"]);
  });

  it("gives a taken sheet name a free one, and links follow the sheet they meant", async () => {
    const sink = new ExcelJsSink();
    await sink.writeSheets([
      { name: "Điểm chấm", table: table([["x", 1]]) },
      { name: "Sai/tên:[x]*?", table: { ...table([]), name: "tdSettings" } },
    ]);
    await sink.writeSheets([
      { name: "Điểm chấm", table: { ...table([["y", 2]]), name: "tdScores" }, chart: { title: "Biểu đồ", categoryColumn: 0, valueColumn: 1 } },
      {
        name: "Kiểm tra",
        table: {
          ...table([
            [{ text: "đến", sheet: "Điểm chấm", cell: "A2:B2" }, 1],
            // A user's sheet of the same name as one of ours, named as it is.
            [{ text: "nguồn", sheet: "Điểm chấm", cell: "E5", userSheet: true }, 2],
          ]),
          name: "tdIssues",
        },
      },
    ]);
    const bytes = await sink.toBuffer();
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Điểm chấm", "Sai tên  x", "Điểm chấm (2)", "Kiểm tra"]);
    expect(workbook.worksheets.flatMap((ws) => tablesOf(ws).map((t) => t.name))).toEqual(["tdUnits", "tdSettings", "tdScores", "tdIssues"]);
    const xml = await parts(bytes);
    expect(xml.get("xl/worksheets/sheet4.xml")).toContain(`location="&apos;Điểm chấm (2)&apos;!A2:B2"`);
    expect(xml.get("xl/worksheets/sheet4.xml")).toContain(`location="&apos;Điểm chấm&apos;!E5"`);
    // The chart reads the cells of the sheet it stands on, under the name that sheet got.
    expect(xml.get("xl/worksheets/sheet3.xml")).toContain("<drawing ");
    expect(xml.get("xl/charts/chart1.xml")).toContain("<c:f>&apos;Điểm chấm (2)&apos;!$B$2:$B$2</c:f>");
    await expect(sink.toBuffer()).rejects.toThrow(/already/);
  });
});

// ---------------------------------------------------------------- LibreOffice

// LibreOffice is the second reader of every workbook we write; CI installs it.
// Without it this suite fails, rather than passing on nothing.
requireLibreOffice();

describe("ExcelJsSink: the workbook read back by LibreOffice", () => {
  let dir: string;
  let csv = new Map<string, string[][]>();
  let fods = "";

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "thidua-write-"));
    const file = path.join(dir, "ket-qua.xlsx");
    writeFileSync(file, await write(specs));
    ({ csv, fods } = await readWithLibreOffice(file, dir));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exports every sheet", () => {
    expect([...csv.keys()].sort()).toEqual(specs.map((s) => s.name).sort());
  });

  it("finds the same ranks and averages, at full precision", () => {
    const rows = csv.get("Tổng hợp")!;
    const header = rows.findIndex((r) => r[0] === "Xếp thứ");
    expect(rows[header]?.slice(0, 3)).toEqual(["Xếp thứ", "Đơn vị", "Điểm trung bình"]);
    const ranked = rows.slice(header + 1, header + 5).map((r) => [Number(r[0]), r[1], Number(r[2])]);
    expect(ranked).toEqual([
      [1, LUAT_GIA, EXPECTED_AVERAGES[LUAT_GIA]],
      [2, FORMULA_UNIT, EXPECTED_AVERAGES[FORMULA_UNIT]],
      [3, PLUS_UNIT, EXPECTED_AVERAGES[PLUS_UNIT]],
      [4, MINUS_UNIT, EXPECTED_AVERAGES[MINUS_UNIT]],
    ]);
    expect(rows[header]?.slice(7)).toEqual(units.map((u) => u.name));
  });

  it("reads the formula-like names as literal text", () => {
    const unitRows = csv.get("Đơn vị")!;
    expect(unitRows.slice(4, 8).map((r) => r[0])).toEqual(units.map((u) => u.name));
    expect(unitRows[6]?.[1]).toBe("@x");
    expect(csv.get("Tiêu chí")?.[5]?.[3]).toBe("=SUM(1,2) hoàn thành kế hoạch");
    expect(fods).not.toMatch(/table:formula=/);
  });

  it("sees the tables, the internal link, the validation and the conditional formats", () => {
    for (const name of ["tdSettings", "tdUnits", "tdCriteria", "tdScores", "tdIssues", "tdSummary", "tdScorers", "tdNominations"]) {
      expect(fods).toContain(`<table:database-range table:name="${name}"`);
    }
    expect(fods).toContain(`<text:a xlink:href="#&apos;Điểm chấm&apos;.A29:H29" xlink:type="simple">D8</text:a>`);
    expect(fods).toMatch(/table:condition="of:cell-content-is-decimal-number\(\) and cell-content-is-between\(-1000000,1000000\)"/);
    expect(fods).toContain("formula-is([.$A6]=&quot;Lỗi&quot;)");
    expect(fods).toContain("formula-is([.$A6]=&quot;Cảnh báo&quot;)");
    expect(csv.get("Điểm chấm")?.filter((r) => r[7] === "D8" && r[5] === "chu-thap-do.xlsx")).toHaveLength(1);
  });

  it("draws the chart of the averages from the summary's cells", () => {
    const { headerRow, firstDataRow, lastDataRow } = chartPlacement(specs.find((s) => s.table.name === "tdSummary")!)!.main;
    const charts = fods.match(/<chart:chart [^>]*>/g) ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain('chart:class="chart:bar"');
    const at = (column: string, from: number, to: number) => `&apos;Tổng hợp&apos;.${column}${from}:&apos;Tổng hợp&apos;.${column}${to}`;
    expect(fods).toContain(`chart:label-cell-address="${at("C", headerRow, headerRow)}"`);
    expect(fods).toContain(`table:cell-range-address="${at("B", firstDataRow, lastDataRow)}"`);
    expect(fods).toContain(`chart:values-cell-range-address="${at("C", firstDataRow, lastDataRow)}"`);
    expect(fods).toContain('chart:reverse-direction="true"');
  });
});
