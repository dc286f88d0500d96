/**
 * The few SpreadsheetML parts the exceljs streaming writer cannot make and
 * `write-workbook.ts` adds itself: table parts, internal hyperlinks, the
 * content types that list the tables and charts (the chart parts are in
 * `write-chart-xml.ts`). Pure string building, no exceljs.
 */

export const TABLE_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * What XML 1.0 can hold of a text, as Excel would take it: the C0 controls
 * (but tab, LF, CR), DEL and U+FFFE/U+FFFF dropped (exceljs drops the
 * first two itself, not the last), a lone surrogate made U+FFFD (what UTF-8
 * encoding does to it anyway), so cells and table parts agree.
 */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing the controls XML cannot hold is the point
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/.test(text)) return text;
  return (
    text
      // eslint-disable-next-line no-control-regex -- as above
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
  );
}

/** Text for an XML attribute or element: made safe, the five entities escaped. */
export function xmlText(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;"));
}

export interface TablePart {
  /** Workbook-wide, from 1. */
  readonly id: number;
  readonly name: string;
  /** `A5:H1004`: header row to last data row. */
  readonly ref: string;
  /** Exactly the header cells' texts. */
  readonly columns: readonly string[];
  readonly style: string;
}

/** `xl/tables/tableN.xml`: a table over a range already written, with its header row and an autofilter. */
export function tableXml(table: TablePart): string {
  const columns = table.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${xmlText(ooxmlEscape(name))}"/>`).join("");
  return (
    XML_HEAD +
    `<table xmlns="${MAIN_NS}" id="${table.id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${table.style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}

/** The worksheet's `<tableParts>` element, for the relationship ids of its tables. */
export function tablePartsXml(relIds: readonly string[]): string {
  if (relIds.length === 0) return "";
  return `<tableParts count="${relIds.length}">${relIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
}

export interface InternalLink {
  /** The cell holding the link, e.g. `I5`. */
  readonly ref: string;
  /** `'Điểm chấm'!A12:H12`. */
  readonly location: string;
  readonly display: string;
}

/**
 * `<hyperlinks>` with links inside the workbook, as Excel writes them: a
 * `location`, no relationship (exceljs only knows external links).
 */
export function hyperlinksXml(links: readonly InternalLink[]): string {
  if (links.length === 0) return "";
  const items = links.map((l) => `<hyperlink ref="${l.ref}" location="${xmlText(l.location)}" display="${xmlText(l.display)}"/>`);
  return `<hyperlinks>${items.join("")}</hyperlinks>`;
}

export interface PackageParts {
  /** exceljs's worksheet ids: `xl/worksheets/sheetN.xml`. */
  readonly sheetIds: readonly number[];
  readonly sharedStrings: boolean;
  /** `tableN.xml` file names. */
  readonly tables: readonly string[];
  /** `drawingN.xml` file names. */
  readonly drawings: readonly string[];
  /** `chartN.xml` file names. */
  readonly charts: readonly string[];
}

/** `[Content_Types].xml`: what exceljs's streaming writer lists, plus the tables, drawings and charts. */
export function contentTypesXml(parts: PackageParts): string {
  const ct = "application/vnd.openxmlformats-officedocument";
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override("/xl/workbook.xml", `${ct}.spreadsheetml.sheet.main+xml`) +
    parts.sheetIds.map((id) => override(`/xl/worksheets/sheet${id}.xml`, `${ct}.spreadsheetml.worksheet+xml`)).join("") +
    override("/xl/theme/theme1.xml", `${ct}.theme+xml`) +
    override("/xl/styles.xml", `${ct}.spreadsheetml.styles+xml`) +
    (parts.sharedStrings ? override("/xl/sharedStrings.xml", `${ct}.spreadsheetml.sharedStrings+xml`) : "") +
    parts.tables.map((file) => override(`/xl/tables/${file}`, `${ct}.spreadsheetml.table+xml`)).join("") +
    parts.drawings.map((file) => override(`/xl/drawings/${file}`, `${ct}.drawing+xml`)).join("") +
    parts.charts.map((file) => override(`/xl/charts/${file}`, `${ct}.drawingml.chart+xml`)).join("") +
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    override("/docProps/app.xml", `${ct}.extended-properties+xml`) +
    "</Types>"
  );
}

/**
 * Excel reads `_xHHHH_` in a string as an escaped character; a literal one
 * must have its underscore escaped (`_x005F_`), else a unit named
 * `Sở_x0041_` would read back as `SởA`.
 */
export function ooxmlEscape(text: string): string {
  // Millions of cells pass here and almost none holds "_x": skip the regex for them.
  return text.includes("_x") ? text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : text;
}
