/**
 * The in-memory workbook of the browser preview: a WorkbookSink that keeps
 * our sheets in memory (the pane shows them as tables) and turns them into an
 * `.xlsx` for *Tải kết quả*.
 *
 * The download is written by the direct writer of `--out` (write-workbook.ts,
 * fflate's zip, which the browser has too): sheet XML part by part, the
 * chart of the averages included. Only a download holding a template filled
 * from an imported file goes through exceljs's in-memory workbook, which
 * alone copies the template's formats; it has no chart.
 *
 * Pages (workbook/ports/page.ts) are kept beside the sheets, ours by being here:
 * a page replaces the page of its name, and the download writes them after
 * the sheets through the same page writer as `--out` (xml-page-sheet.ts).
 *
 * A block's template filled (TemplateFillSink) is one of those pages too,
 * made from the template's own file: the sheet is filled by the command
 * line's copier (fill-template.ts) with the template's formats, shown as
 * the page it reads back as (sheet-page.ts), and downloaded as that filled
 * sheet itself. The preview has no open workbook, so a template of one is
 * handed back for the caller's plain page.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { Grid } from "../core/model/grid";
import type { KeptSettingsReader } from "../workbook/ports/kept-settings";
import type { KeptTallyReader } from "../workbook/ports/kept-tally";
import { sheetSpecGrid } from "../workbook/spec-grid";
import { freeFilledSheetName, type TemplateFill, type TemplateFillSink, type TemplateFillSpec } from "../workbook/ports/template-fill";
import { ALL_PAGES_SET, type PageSheetSpec, type PageSink, type PagesWritten } from "../workbook/ports/page";
import { linkTarget, sheetLayout, type OutputCell, type SheetSpec, type WorkbookSink } from "../workbook/ports/sink";
import { freeSheetName, TABLE_STYLE, tableHeaders } from "../workbook/excel-rules";
import { loadExcelJs } from "./exceljs";
import { addFilledSheet } from "./fill-template";
import { sheetAsPage } from "./sheet-page";
import { addTableRules } from "./table-rules";
import { withDefaultFont } from "./default-font";
import { headerFooterOf, pageSetupOf, writePageCells } from "./write-page";
import { downloadBytes, type DownloadInput } from "./download-bytes";

/** `signal`: the officer stops the download; `onProgress`: rows written of all (where the writer tells). */
export interface DownloadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A table this long (the score table of a block past a dozen units) is worth writing ahead of the download. */
const WRITE_AHEAD_ROWS = 20_000;

export class MemoryWorkbook implements WorkbookSink, PageSink, TemplateFillSink, KeptSettingsReader, KeptTallyReader {
  /**
   * `defaultFont`: the workbook's default font in place of Calibri 11 (the documents' Times New Roman, SPEC §7).
   * `write`: how the download's bytes are written (download-bytes.ts here by default; the pane's Web Worker, issue 24).
   * `prepare`: told of the longest sheet, when its table is long, each time sheets are kept, so `write` may write it ahead (prepared-sheet.ts).
   */
  constructor(
    private readonly options: {
      readonly defaultFont?: { readonly name: string; readonly size: number };
      readonly write?: (input: DownloadInput, options?: DownloadOptions) => Promise<Uint8Array>;
      readonly prepare?: (sheet: SheetSpec) => void;
    } = {},
  ) {}

  private sheets: SheetSpec[] = [];
  private pages: PageSheetSpec[] = [];
  /** The pages that are filled templates, by name: the fill and the template's sheet (in its file's workbook) it copies. */
  private readonly fills = new Map<string, { readonly spec: TemplateFillSpec; readonly template: Worksheet }>();
  /** The page the workbook opens on, when the last batch to choose one was of pages. */
  private activePage: string | null = null;

  /** Our sheets replace the ones holding the same table; new ones are added in order. */
  async writeSheets(sheets: readonly SheetSpec[]): Promise<void> {
    for (const sheet of sheets) {
      const at = this.sheets.findIndex((s) => s.table.name === sheet.table.name);
      if (at >= 0) this.sheets[at] = sheet;
      else this.sheets.push(sheet);
    }
    const active = sheets.find((s) => s.active);
    if (active) {
      this.sheets = this.sheets.map((s) => ({ ...s, active: s.table.name === active.table.name }));
      this.activePage = null;
    }
    // One sheet, the longest (the scores; the writer keeps one ahead at a time): two told in turn would each drop the other.
    const longest = this.sheets.reduce<SheetSpec | null>((most, s) => (s.table.rows.length > (most?.table.rows.length ?? 0) ? s : most), null);
    if (longest && longest.table.rows.length >= WRITE_AHEAD_ROWS) this.options.prepare?.(longest);
  }

  /** A page replaces the page of the same name; new ones are added in order. */
  async writePages(pages: readonly PageSheetSpec[]): Promise<PagesWritten> {
    this.putPages(pages);
    for (const page of pages) this.fills.delete(page.name);
    return ALL_PAGES_SET;
  }

  /**
   * Each fill of a template from an imported file, with the template's
   * formats: a page of the filled sheet's name, replacing ours of that name.
   * Those of the open workbook, which the preview has not, come back.
   */
  async writeTemplateFills(fills: readonly TemplateFill[]): Promise<readonly TemplateFill[]> {
    const ExcelJS = await loadExcelJs();
    const files = new Map<string, Workbook>();
    const pages: PageSheetSpec[] = [];
    const kept = new Map<string, { spec: TemplateFillSpec; template: Worksheet }>();
    const plain: TemplateFill[] = [];
    for (const fill of fills) {
      const { origin, spec } = fill;
      if (origin.kind !== "file") {
        plain.push(fill);
        continue;
      }
      let book = files.get(origin.file);
      if (!book) {
        book = new ExcelJS.Workbook();
        await book.xlsx.load(await origin.read());
        files.set(origin.file, book);
      }
      const template = book.getWorksheet(spec.template);
      if (!template) throw new Error(`No sheet “${spec.template}” in ${origin.file}`);
      // Filled once into a scratch workbook to show; the download fills again into its own.
      pages.push({ ...sheetAsPage(addFilledSheet(new ExcelJS.Workbook(), spec, template), spec.name), ...(spec.active ? { active: true } : {}) });
      kept.set(spec.name, { spec, template });
    }
    this.putPages(pages);
    for (const [name, fill] of kept) this.fills.set(name, fill);
    return plain;
  }

  private putPages(pages: readonly PageSheetSpec[]): void {
    for (const page of pages) {
      const at = this.pages.findIndex((p) => p.name === page.name);
      if (at >= 0) this.pages[at] = page;
      else this.pages.push(page);
    }
    const active = pages.find((p) => p.active);
    if (active) {
      this.activePage = active.name;
      this.sheets = this.sheets.map((s) => (s.active ? { ...s, active: false } : s));
    }
  }

  /** The rows of our Cài đặt, kept for the next session over this workbook (KeptSettingsReader). */
  async readSettingsRows(): Promise<unknown[][] | null> {
    const settings = this.sheets.find((s) => s.table.name === "tdSettings");
    return settings ? settings.table.rows.map((row) => [...row]) : null;
  }

  /** Our tally with the marks typed in the preview's table, at the cells the downloaded file gives them (KeptTallyReader). */
  async readTallyGrid(file: string): Promise<Grid | null> {
    const tally = this.sheets.find((s) => s.table.name === "tdVotes");
    return tally ? sheetSpecGrid(tally, file) : null;
  }

  getSheets(): readonly SheetSpec[] {
    return this.sheets;
  }

  getPages(): readonly PageSheetSpec[] {
    return this.pages;
  }

  /** The page shown first, when a page is the one the workbook opens on. */
  getActivePage(): string | null {
    return this.activePage;
  }

  async toBlob(options: DownloadOptions = {}): Promise<Blob> {
    if (this.fills.size === 0 && this.sheets.length + this.pages.length > 0) return new Blob([(await this.toBytes(options)) as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
    return this.toBlobWithFills();
  }

  /**
   * The download through the direct writer (write-workbook.ts), the one of
   * `--out`: sheet XML into a streamed zip, never a whole exceljs workbook of
   * the block (which froze the pane and, at 100 units, ran it out of memory).
   */
  private async toBytes(options: DownloadOptions): Promise<Uint8Array> {
    const input: DownloadInput = { sheets: this.sheets, pages: this.pages, activePage: this.activePage, ...(this.options.defaultFont ? { defaultFont: this.options.defaultFont } : {}) };
    return this.options.write ? this.options.write(input, options) : downloadBytes(input);
  }

  /**
   * A template filled from an imported file keeps the template's own formats,
   * which only exceljs copies (fill-template.ts): such a download is written
   * by exceljs's in-memory workbook, as before; it holds no score table.
   */
  private async toBlobWithFills(): Promise<Blob> {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Thi đua";
    const used = new Set<string>();
    const names = new Map(this.sheets.map((s) => [s.name, freeSheetName(s.name, used)]));
    for (const spec of this.sheets) {
      const headerFooter = headerFooterOf(spec.print);
      const sheet = workbook.addWorksheet(names.get(spec.name) ?? spec.name, { ...(spec.print ? { pageSetup: pageSetupOf(spec.print) } : {}), ...(headerFooter ? { headerFooter } : {}) });
      (spec.titleLines ?? []).forEach((line, i) => {
        sheet.getCell(i + 1, 1).value = line;
      });
      const captions = spec.moreTables ?? [];
      const placements = sheetLayout(spec);
      placements.forEach((placement, i) => {
        const { table } = placement;
        if (placement.captionRow !== null) sheet.getCell(placement.captionRow, 1).value = captions[i - 1]?.caption ?? "";
        const headers = tableHeaders(table.columns);
        const rows = table.rows.length > 0 ? table.rows.map((row) => row.map(plain)) : [headers.map(() => null)];
        sheet.addTable({
          name: table.name,
          ref: `A${placement.headerRow}`,
          headerRow: true,
          style: { theme: TABLE_STYLE, showRowStripes: true },
          columns: headers.map((name) => ({ name, filterButton: true })),
          rows,
        });
        table.columns.forEach((column, c) => {
          const col = sheet.getColumn(c + 1);
          if (column.width && (col.width ?? 0) < column.width) col.width = column.width;
          if (column.numberFormat) {
            for (let r = placement.firstDataRow; r <= placement.lastDataRow; r++) sheet.getCell(r, c + 1).numFmt = column.numberFormat;
          }
        });
        addTableRules(sheet, placement);
        // Links inside the workbook: the cell keeps its text and points at the row.
        table.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell === null || typeof cell !== "object") return;
            sheet.getCell(placement.firstDataRow + r, c + 1).value = { text: cell.text, hyperlink: `#${linkTarget(cell, names)}` };
          }),
        );
      });
      // The main table's header row stays in view, as in the other writers.
      const main = placements[0];
      sheet.views = main ? [{ state: "frozen", xSplit: 0, ySplit: main.headerRow, topLeftCell: `A${main.firstDataRow}` }] : [{ state: "normal" }];
    }
    for (const page of this.pages) {
      const fill = this.fills.get(page.name);
      if (fill) {
        addFilledSheet(workbook, { ...fill.spec, name: freeFilledSheetName({ template: fill.spec.template, name: page.name }, used) }, fill.template);
        continue;
      }
      const ws = workbook.addWorksheet(freeSheetName(page.name, used), { pageSetup: pageSetupOf(page.print) });
      writePageCells(ws, page);
      // No password: exceljs hashes none when it is empty.
      if (page.protect) await ws.protect("", {});
    }
    const activePage = this.activePage === null ? -1 : this.pages.findIndex((p) => p.name === this.activePage);
    const activeIndex = activePage >= 0 ? this.sheets.length + activePage : this.sheets.findIndex((s) => s.active);
    if (activeIndex >= 0) workbook.views = [{ activeTab: activeIndex, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
    const buffer = await workbook.xlsx.writeBuffer();
    const font = this.options.defaultFont;
    const bytes = font ? withDefaultFont(new Uint8Array(buffer as ArrayBuffer), font.name, font.size) : new Uint8Array(buffer as ArrayBuffer);
    return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  }
}

function plain(cell: OutputCell): string | number | boolean | null {
  if (cell === null || typeof cell !== "object") return typeof cell === "number" && !Number.isFinite(cell) ? null : cell;
  return cell.text;
}
