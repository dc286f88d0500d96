/**
 * The parts of an `.xlsx` around its sheets, read as far as the domain needs
 * them: the sheets' names, visibility and parts (workbook.xml and its rels),
 * the date system, which styles show dates (styles.xml), and the shared
 * strings. Each follows exceljs 4.4's reading where the two could differ, so
 * the grids stay as they were (the differential test holds both to it).
 */
import { scanXml, type XmlHandler, type XmlTag } from "./xml-scan";

export interface SheetEntry {
  readonly name: string;
  /** `hidden` or `veryHidden` when the user cannot see it. */
  readonly state: string | undefined;
  /** The worksheet's part, resolved from its relationship (`xl/worksheets/sheet1.xml`). */
  readonly part: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

/** workbook.xml and its relationships → the worksheets in tab order (chart sheets and dangling ones left out by the caller). */
export function readWorkbookXml(workbookXml: string, relsXml: string | undefined): WorkbookInfo {
  const targets = new Map<string, string>();
  if (relsXml !== undefined) {
    scanXml(relsXml, openOnly((name, tag) => {
      if (name !== "Relationship") return;
      const id = tag.attr("Id");
      const target = tag.attr("Target");
      if (id !== undefined && target !== undefined) targets.set(id, target);
    }));
  }
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  // Names are matched without their prefix, so an extension's own elements are skipped:
  // Excel 2010 and later write an `x14:workbookPr` (no date1904) in the workbook's extLst.
  let inExtensions = false;
  scanXml(workbookXml, {
    wantsText: false,
    text() {},
    open(name, tag) {
      if (name === "extLst") {
        inExtensions = true;
      } else if (inExtensions) {
        return;
      } else if (name === "workbookPr") {
        const value = tag.attr("date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        const target = targets.get(tag.attr("id") ?? "");
        if (target === undefined) return;
        sheets.push({ name: tag.attr("name") ?? "", state: tag.attr("state"), part: resolvePart(target) });
      }
    },
    close(name) {
      if (name === "extLst") inExtensions = false;
    },
  });
  return { sheets, date1904 };
}

/** A relationship's target from xl/ (`worksheets/sheet1.xml`, `/xl/worksheets/sheet1.xml`) → the part's name. */
function resolvePart(target: string): string {
  // As exceljs: leading spaces and `/xl/` go, the rest is under xl/.
  return `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
}

/**
 * The styles (by their index, a cell's `s`) whose number format shows a date
 * or a time: a number in such a cell is a date, as exceljs reads it.
 */
export function readDateStyles(stylesXml: string | undefined): ReadonlySet<number> {
  const dates = new Set<number>();
  if (stylesXml === undefined) return dates;
  const formats = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  const handler: XmlHandler = {
    wantsText: false,
    text() {},
    open(name, tag) {
      if (name === "numFmt") {
        const id = Number(tag.attr("numFmtId"));
        const code = tag.attr("formatCode");
        if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        const id = parseInt(tag.attr("numFmtId") ?? "", 10);
        // A numFmtId of 0 (General) has no format, as in exceljs.
        if (id) {
          const code = formats.get(id) ?? BUILT_IN_FORMATS[id];
          if (code !== undefined && isDateFormat(code)) dates.add(index);
        }
        index++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  };
  scanXml(stylesXml, handler);
  return dates;
}

/** The built-in number formats exceljs knows that show dates or times (ECMA-376 §18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** exceljs's test: a date letter outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * sharedStrings.xml → each string item's text: its `<t>`, or its runs'
 * `<t>` joined; phonetic runs (`<rPh>`) left out; `_xHHHH_` escapes decoded.
 */
export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let inPhonetic = false;
  let text: string[] = [];
  const handler: XmlHandler = {
    wantsText: false,
    text(t) {
      text.push(t);
    },
    open(name) {
      if (name === "si") text = [];
      else if (name === "rPh") inPhonetic = true;
      else if (name === "t" && !inPhonetic) handler.wantsText = true;
    },
    close(name) {
      if (name === "t") handler.wantsText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") strings.push(unescapeText(text.join("")));
    },
  };
  scanXml(xml, handler);
  return strings;
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (upper-case hex, as exceljs reads them). */
export function unescapeText(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function openOnly(open: (name: string, tag: XmlTag) => void): XmlHandler {
  return { wantsText: false, text() {}, close() {}, open };
}
