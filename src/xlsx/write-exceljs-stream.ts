/**
 * The one place that reaches into exceljs's streaming writer beyond its
 * public API (tables, charts, internal links, element order); every member
 * used is checked when the hooks are installed. Why: docs/DECISIONS.md, D3.
 */
import type { stream, Worksheet } from "exceljs";

type StreamWorkbook = stream.xlsx.WorkbookWriter;

interface WorksheetInternals {
  _writeCloseSheetData(): void;
  _writePageMargins(): void;
  _writeDataValidations(): void;
  _writeCloseWorksheet(): void;
  readonly _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  readonly stream: { write(text: string): unknown };
  readonly id: number;
}

interface WorkbookInternals {
  readonly zip: { append(data: string, options: { name: string }): unknown };
  addContentTypes(): Promise<void>;
  readonly sharedStrings: { readonly count: number };
  views: unknown[];
  readonly styles: { readonly model?: { readonly fonts: readonly unknown[] }; _addFont?(font: object): number };
}

function check(object: object, members: readonly string[], what: string): void {
  const record = object as Record<string, unknown>;
  for (const member of members) {
    if (record[member] === undefined || record[member] === null) {
      throw new Error(`exceljs's streaming ${what} has no ${member}: the writer needs exceljs 4.4.0 (see src/xlsx/write-exceljs-stream.ts)`);
    }
  }
}

export interface SheetHooks {
  /** exceljs's id of the sheet: its part is `xl/worksheets/sheet<id>.xml`. */
  readonly id: number;
  /** Adds a relationship of the sheet, e.g. to `../tables/table1.xml`, and returns its id. */
  addRelationship(type: string, target: string): string;
  /** XML written right after `</sheetData>` (a page's protection). */
  afterSheetData(xml: string): void;
  /** XML written right before `<pageMargins>` (a page's print options). */
  beforePageMargins(xml: string): void;
  /** XML written after `<dataValidations>` (our hyperlinks), when the sheet is committed. */
  afterDataValidations(xml: () => string): void;
  /** XML written right before `</worksheet>` (our drawing and table parts). */
  beforeClose(xml: () => string): void;
}

export function sheetHooks(worksheet: Worksheet): SheetHooks {
  const ws = worksheet as unknown as WorksheetInternals;
  check(ws, ["_writeCloseSheetData", "_writePageMargins", "_writeDataValidations", "_writeCloseWorksheet", "_sheetRelsWriter", "id"], "worksheet writer");
  check(ws._sheetRelsWriter, ["addRelationship"], "sheet relationships writer");
  return {
    id: ws.id,
    addRelationship: (type, target) => ws._sheetRelsWriter.addRelationship({ Type: type, Target: target }),
    afterSheetData(xml) {
      const original = ws._writeCloseSheetData.bind(ws);
      ws._writeCloseSheetData = () => {
        original();
        ws.stream.write(xml);
      };
    },
    beforePageMargins(xml) {
      const original = ws._writePageMargins.bind(ws);
      ws._writePageMargins = () => {
        ws.stream.write(xml);
        original();
      };
    },
    afterDataValidations(xml) {
      const original = ws._writeDataValidations.bind(ws);
      ws._writeDataValidations = () => {
        original();
        const text = xml();
        if (text) ws.stream.write(text);
      };
    },
    beforeClose(xml) {
      const original = ws._writeCloseWorksheet.bind(ws);
      ws._writeCloseWorksheet = () => {
        const text = xml();
        if (text) ws.stream.write(text);
        original();
      };
    },
  };
}

export interface WorkbookHooks {
  /** Adds a part to the package, e.g. `xl/tables/table1.xml`. */
  addPart(name: string, xml: string): void;
  /** Replaces the content types the writer would write by `xml(hasSharedStrings)`, built when the workbook is committed. */
  contentTypes(xml: (hasSharedStrings: boolean) => string): void;
  /** The sheet (0-based, in order) the workbook opens on. */
  setActiveTab(index: number): void;
  /**
   * The workbook's default font (font 0 of the styles, Calibri 11 in
   * exceljs): must be called before any cell is styled. It sizes Excel's
   * column width unit and fills every cell that sets no font.
   */
  defaultFont(name: string, size: number): void;
}

export function workbookHooks(workbook: StreamWorkbook): WorkbookHooks {
  const wb = workbook as unknown as WorkbookInternals;
  check(wb, ["zip", "addContentTypes", "sharedStrings", "views"], "workbook writer");
  return {
    addPart: (name, xml) => void wb.zip.append(xml, { name }),
    contentTypes(xml) {
      wb.addContentTypes = () => {
        wb.zip.append(xml(wb.sharedStrings.count > 0), { name: "[Content_Types].xml" });
        return Promise.resolve();
      };
    },
    setActiveTab(index) {
      wb.views = [{ activeTab: index, firstSheet: 0, visibility: "visible" }];
    },
    defaultFont(name, size) {
      const styles = wb.styles;
      if (!styles.model || !styles._addFont) throw new Error("exceljs's streaming workbook writer has no styles to set the default font in: the writer needs exceljs 4.4.0");
      if (styles.model.fonts.length > 0) throw new Error("The default font is set before any cell is styled");
      styles._addFont({ size, color: { theme: 1 }, name, family: 1 });
    },
  };
}
