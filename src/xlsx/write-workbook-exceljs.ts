/**
 * The reference writer (issue 24): `--out` and the pane now write with the
 * direct writer (write-workbook.ts); this one, the exceljs writer before it,
 * stays for test/xlsx/direct-writer.test.ts to compare every cell with.
 *
 * The WorkbookSink of `--out` as it was: builds a NEW `.xlsx` with exceljs and hands
 * back its bytes. Each SheetSpec becomes a sheet laid out by `sheetLayout`:
 * title lines, then real Excel tables (`tdSummary`…) with a style, the
 * header row frozen, column widths, one number format per column (values at
 * full precision), internal hyperlinks, conditional formats and data
 * validation as the spec describes them.
 *
 * Text is always text: every string goes into the shared strings table, so a
 * unit named `=HYPERLINK("http://x")`, `+84…`, `-Hội` or `@x` is a string
 * cell, never a formula (exceljs only writes a formula for a `{ formula }`
 * value, which we never give it). Strings are made safe for XML (characters
 * XML cannot hold are dropped), a literal `_xHHHH_` is escaped so Excel does
 * not decode it, and text longer than Excel's 32,767 characters a cell is
 * cut there. Numbers that are not finite are written as blanks.
 *
 * Why exceljs's streaming writer, with hooks (see write-exceljs-stream.ts):
 * for 490,000 rows × 8 cells the in-memory `Workbook.xlsx.writeBuffer()`
 * took ~100 s and ~5 GB peak (~26 s and ~4.4 GB even with shared style
 * objects); the streaming writer ~10 s and ~0.5 GB. It cannot write tables,
 * so the table parts are added alongside. This sink writes the seven sheets
 * of a 491,520-score block in ~7.6 s (~0.6 GB peak, 17.5 MB file).
 *
 * Charts: exceljs cannot write them either, so the chart of a sheet
 * (`SheetSpec.chart`, placed by `chartPlacement` as the Office.js adapter
 * places it) is added as drawing and chart parts, like the table parts
 * (write-chart-xml.ts).
 *
 * Pages (workbook/ports/page.ts, `writePages`) go through write-page.ts, the page
 * writer the preview's download shares; a sink given only pages makes a file
 * of pages (the blank scoresheets, the documents).
 *
 * exceljs is loaded on first use with a dynamic import, like the reader.
 */
import type { Cell, CellValue, stream, Style, Worksheet } from "exceljs";
import { columnLetters } from "../core/model/address";
import {
  chartPlacement,
  linkTarget,
  sheetLayout,
  type ColumnSpec,
  type OutputCell,
  type SheetSpec,
  type TablePlacement,
  type WorkbookSink,
} from "../workbook/ports/sink";
import { columnWidths, freeSheetName, freeTableName, TABLE_STYLE, tableHeaders } from "../workbook/excel-rules";
import { ALL_PAGES_SET, type PageSheetSpec, type PageSink, type PagesWritten } from "../workbook/ports/page";
import { cellText } from "./cell-text";
import { loadExcelJs } from "./exceljs";
import { addTableRules } from "./table-rules";
import { headerFooterOf, pageSetupOf, SHEET_PROTECTION_XML, writePageCells } from "./write-page";
import { sheetHooks, workbookHooks, type WorkbookHooks } from "./write-exceljs-stream";
import { chartXml, DRAWING_CHART_REL_ID, DRAWING_REL_TYPE, drawingElementXml, drawingRelsXml, drawingXml } from "./write-chart-xml";
import { contentTypesXml, hyperlinksXml, safeText, TABLE_REL_TYPE, tablePartsXml, tableXml, type InternalLink } from "./write-xml";

type StreamWorkbook = stream.xlsx.WorkbookWriter;

/** Points per line of 11-pt text, and Excel's highest row. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;
const LINK_FONT = { color: { argb: "FF0563C1" }, underline: true } as const;

export class ExcelJsStreamSink implements WorkbookSink, PageSink {
  private state: { workbook: StreamWorkbook; hooks: WorkbookHooks } | null = null;
  private readonly usedNames = new Set<string>();
  /** Each SheetSpec name → the name its sheet got, over every batch (the latest wins). */
  private readonly actualNames = new Map<string, string>();
  private readonly sheetIds: number[] = [];
  private readonly tableFiles: string[] = [];
  private readonly drawingFiles: string[] = [];
  private readonly chartFiles: string[] = [];
  private readonly tableNames = new Set<string>();
  private sheetCount = 0;
  private activeSet = false;
  private done = false;

  async writeSheets(sheets: readonly SheetSpec[]): Promise<void> {
    if (this.done) throw new Error("ExcelJsStreamSink: the workbook was already turned into bytes");
    const { workbook, hooks } = await this.open();
    // Names first: a link may point at a sheet of this batch written after it.
    const actual = sheets.map((sheet) => freeSheetName(sheet.name, this.usedNames));
    const firstOfBatch = new Set<string>();
    sheets.forEach((sheet, i) => {
      if (firstOfBatch.has(sheet.name)) return;
      firstOfBatch.add(sheet.name);
      this.actualNames.set(sheet.name, actual[i] as string);
    });
    for (const [i, sheet] of sheets.entries()) {
      this.writeSheet(workbook, hooks, sheet, actual[i] as string, this.actualNames);
      if (sheet.active && !this.activeSet) {
        hooks.setActiveTab(this.sheetCount);
        this.activeSet = true;
      }
      this.sheetCount++;
    }
  }

  /**
   * Pages go after the sheets written before them, each under a free name
   * (the file is new: a name given twice, or one a table sheet took, gets
   * ` (2)`). A sink given only pages makes a file of pages alone.
   */
  async writePages(pages: readonly PageSheetSpec[]): Promise<PagesWritten> {
    if (this.done) throw new Error("ExcelJsStreamSink: the workbook was already turned into bytes");
    const { workbook, hooks } = await this.open();
    for (const page of pages) {
      const name = freeSheetName(page.name, this.usedNames);
      const setActive = page.active === true && !this.activeSet;
      const ws = workbook.addWorksheet(name, {
        pageSetup: pageSetupOf(page.print),
        views: [{ state: "normal", ...(setActive ? { tabSelected: true } : {}) }],
      });
      const sheetHook = sheetHooks(ws);
      this.sheetIds.push(sheetHook.id);
      if (page.protect) sheetHook.afterSheetData(SHEET_PROTECTION_XML);
      if (page.print?.centerHorizontally) sheetHook.beforePageMargins('<printOptions horizontalCentered="1"/>');
      writePageCells(ws, page);
      ws.commit();
      if (setActive) {
        hooks.setActiveTab(this.sheetCount);
        this.activeSet = true;
      }
      this.sheetCount++;
    }
    return ALL_PAGES_SET;
  }

  /** Finishes the workbook; the sink takes no more sheets after this. */
  async toBuffer(): Promise<Uint8Array> {
    if (this.done) throw new Error("ExcelJsStreamSink: toBuffer was already called");
    const { workbook } = await this.open();
    this.done = true;
    await workbook.commit();
    const bytes = (workbook as unknown as { stream: { read(): Uint8Array } }).stream.read();
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private async open() {
    if (!this.state) {
      const ExcelJS = await loadExcelJs();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
      workbook.creator = "Thi đua";
      const hooks = workbookHooks(workbook);
      hooks.contentTypes((sharedStrings) => contentTypesXml({ sheetIds: this.sheetIds, sharedStrings, tables: this.tableFiles, drawings: this.drawingFiles, charts: this.chartFiles }));
      this.state = { workbook, hooks };
    }
    return this.state;
  }

  private writeSheet(workbook: StreamWorkbook, hooks: WorkbookHooks, sheet: SheetSpec, name: string, names: ReadonlyMap<string, string>) {
    const placements = sheetLayout(sheet);
    const main = placements[0] as TablePlacement;
    const headerFooter = headerFooterOf(sheet.print);
    const ws = workbook.addWorksheet(name, {
      ...(sheet.print ? { pageSetup: pageSetupOf(sheet.print) } : {}),
      ...(headerFooter ? { headerFooter } : {}),
      views: [
        {
          state: "frozen",
          xSplit: 0,
          ySplit: main.headerRow,
          topLeftCell: `A${main.firstDataRow}`,
          activeCell: `A${main.firstDataRow}`,
          ...(sheet.active ? { tabSelected: true } : {}),
        },
      ],
    });
    const sheetHook = sheetHooks(ws);
    this.sheetIds.push(sheetHook.id);
    ws.columns = columnWidths(placements).map((width) => ({ width }));

    const links: InternalLink[] = [];
    const relIds: string[] = [];
    let drawingRelId: string | null = null;
    sheetHook.afterDataValidations(() => hyperlinksXml(links));
    sheetHook.beforeClose(() => drawingElementXml(drawingRelId) + tablePartsXml(relIds));

    let mainHeaders: string[] = [];
    (sheet.titleLines ?? []).forEach((line, i) => writeTextRow(ws, i + 1, line, i === 0 ? TITLE_STYLE : PLAIN_STYLE));
    for (const [i, placement] of placements.entries()) {
      const caption = i === 0 ? null : (sheet.moreTables?.[i - 1]?.caption ?? null);
      if (placement.captionRow !== null && caption !== null) writeTextRow(ws, placement.captionRow, caption, CAPTION_STYLE);
      const headers = this.writeTable(ws, placement, names, links);
      if (i === 0) mainHeaders = headers;
      const file = `table${this.tableFiles.length + 1}.xml`;
      const id = this.tableFiles.length + 1;
      this.tableFiles.push(file);
      relIds.push(sheetHook.addRelationship(TABLE_REL_TYPE, `../tables/${file}`));
      hooks.addPart(
        `xl/tables/${file}`,
        tableXml({ id, name: freeTableName(placement.table.name, this.tableNames), ref: tableRef(placement), columns: headers, style: TABLE_STYLE }),
      );
    }
    const place = chartPlacement(sheet, placements);
    if (place) {
      const n = this.chartFiles.length + 1;
      const chartFile = `chart${n}.xml`;
      const drawingFile = `drawing${n}.xml`;
      this.chartFiles.push(chartFile);
      this.drawingFiles.push(drawingFile);
      drawingRelId = sheetHook.addRelationship(DRAWING_REL_TYPE, `../drawings/${drawingFile}`);
      const column = place.chart.valueColumn;
      hooks.addPart(
        `xl/charts/${chartFile}`,
        chartXml({ place, sheetName: name, seriesName: mainHeaders[column] ?? "", numberFormat: main.table.columns[column]?.numberFormat ?? "General" }),
      );
      hooks.addPart(`xl/drawings/${drawingFile}`, drawingXml(place, DRAWING_CHART_REL_ID, place.chart.title));
      hooks.addPart(`xl/drawings/_rels/${drawingFile}.rels`, drawingRelsXml(chartFile));
    }
    ws.commit();
  }

  /** Header, data rows, and the table's conditional formats and validations; returns the header texts (the table's column names). */
  private writeTable(ws: Worksheet, placement: TablePlacement, names: ReadonlyMap<string, string>, links: InternalLink[]): string[] {
    const { table, headerRow, firstDataRow } = placement;
    const headers = tableHeaders(table.columns.map((c) => ({ header: safeText(c.header) })));

    const header = ws.getRow(headerRow);
    headers.forEach((text, c) => {
      const cell = header.getCell(c + 1);
      cell.value = cellText(text);
      cell.style = HEADER_STYLE;
    });
    const lines = Math.max(1, ...table.columns.map((col, c) => lineCount(headers[c] ?? "", Math.max(1, (col.width ?? 10) - 1))));
    if (lines > 1) header.height = LINE_HEIGHT * Math.min(lines, 8) + 2;
    header.commit();

    const styles = table.columns.map(columnStyle);
    const linkStyles = styles.map((s) => ({ ...s, font: LINK_FONT }) as Partial<Style>);
    const width = table.columns.length;
    const wrapped = table.columns.flatMap((col, c) => (col.wrap ? [{ c, chars: Math.max(1, (col.width ?? 10) - 1) }] : []));
    for (const [i, values] of table.rows.entries()) {
      const rowNumber = firstDataRow + i;
      const row = ws.getRow(rowNumber);
      if (wrapped.length > 0) {
        const lines = Math.max(1, ...wrapped.map(({ c, chars }) => lineCount(values[c], chars)));
        if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2);
      }
      for (let c = 0; c < width; c++) {
        const value = values[c];
        if (value === null || value === undefined) continue;
        const cell = row.getCell(c + 1);
        if (typeof value === "object") {
          cell.value = cellText(value.text);
          cell.style = linkStyles[c] as Partial<Style>;
          links.push({
            ref: `${columnLetters(c)}${rowNumber}`,
            location: linkTarget(value, names),
            display: value.text,
          });
        } else {
          setValue(cell, value);
          cell.style = styles[c] as Partial<Style>;
        }
      }
      row.commit();
    }
    if (table.rows.length === 0) ws.getRow(firstDataRow).commit();

    addTableRules(ws, placement);
    return headers;
  }
}

// ------------------------------------------------------------------ cells

const TITLE_STYLE: Partial<Style> = { font: { bold: true, size: 13 } };
const CAPTION_STYLE: Partial<Style> = { font: { bold: true } };
const PLAIN_STYLE: Partial<Style> = {};
const HEADER_STYLE: Partial<Style> = { font: { bold: true }, alignment: { wrapText: true, vertical: "top" } };

/**
 * One style object per column, shared by its cells: exceljs caches styles by
 * object identity (a WeakMap), and a fresh object per cell makes its style
 * registry, and the garbage collector, crawl on large sheets.
 */
function columnStyle(column: ColumnSpec): Partial<Style> {
  return {
    ...(column.numberFormat ? { numFmt: column.numberFormat } : {}),
    ...(column.wrap ? { alignment: { wrapText: true, vertical: "top" } } : {}),
  };
}

/**
 * Lines a wrapped text takes in a column of `chars` characters: rows are
 * given that height, since Excel does not grow a row for wrapped text it did
 * not lay out itself. An estimate (a Vietnamese letter is about a `0` wide).
 */
function lineCount(value: OutputCell | undefined, chars: number): number {
  if (typeof value !== "string") return 1;
  return value.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / chars)), 0);
}

function writeTextRow(ws: Worksheet, rowNumber: number, text: string, style: Partial<Style>) {
  const row = ws.getRow(rowNumber);
  const cell = row.getCell(1);
  cell.value = cellText(text);
  cell.style = style;
  row.commit();
}

function setValue(cell: Cell, value: Exclude<OutputCell, null | object>) {
  if (typeof value === "string") {
    cell.value = value === "" ? null : cellText(value);
  } else if (typeof value === "number") {
    cell.value = Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
  } else {
    cell.value = value satisfies CellValue;
  }
}

function tableRef(placement: TablePlacement): string {
  return `A${placement.headerRow}:${columnLetters(placement.table.columns.length - 1)}${placement.lastDataRow}`;
}
