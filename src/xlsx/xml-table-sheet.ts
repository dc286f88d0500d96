/**
 * One of our table sheets (SheetSpec) as straight SpreadsheetML, into the
 * direct writer's package: title lines, then each table's header and rows
 * under the layout of `sheetLayout`, the header row frozen, one number format
 * per column, internal hyperlinks, conditional formats and validations; the
 * table parts (`tdScores`…) and the chart beside it. A row is a few string
 * concatenations, no object per cell: the score table's half a million rows
 * are written as fast as they are read.
 */
import { columnLetters } from "../core/model/address";
import { listSource } from "../workbook/page-layout";
import { chartPlacement, linkTarget, sheetLayout, type ColumnSpec, type OutputCell, type SheetSpec, type TablePlacement } from "../workbook/ports/sink";
import { columnWidths, freeTableName, MAX_DV_MESSAGE, MAX_DV_TITLE, TABLE_STYLE, tableHeaders } from "../workbook/excel-rules";
import type { CellValidation } from "../workbook/validation";
import { chartXml, DRAWING_CHART_REL_ID, DRAWING_REL_TYPE, drawingElementXml, drawingRelsXml, drawingXml } from "./write-chart-xml";
import { hyperlinksXml, safeText, TABLE_REL_TYPE, tablePartsXml, tableXml, xmlText, type InternalLink } from "./write-xml";
import type { SheetWriter, XlsxPackage } from "./xml-package";
import type { Look } from "./xml-styles";
import { definePrintNames, printSheetPr, printXml } from "./xml-print";

const CT = "application/vnd.openxmlformats-officedocument";
/** Points per line of 11-pt text, and Excel's highest row. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;
const LINK_FONT = { color: "#0563C1", underline: true } as const;
const TITLE_LOOK: Look = { font: { bold: true, size: 13 } };
const CAPTION_LOOK: Look = { font: { bold: true } };
const HEADER_LOOK: Look = { font: { bold: true }, wrap: true, vertical: "top" };

export interface TableSheetContext {
  /** Table names taken in the workbook (a second `tdScores` becomes `tdScores_2`). */
  readonly tableNames: Set<string>;
  /** Each SheetSpec name → the name its sheet got: where links go. */
  readonly names: ReadonlyMap<string, string>;
  /** The sheet's part kept apart as it is written, or written ahead and put in as it was (XlsxPackage.beginSheet, prepared-sheet.ts). */
  readonly part?: Parameters<XlsxPackage["beginSheet"]>[1];
}

/** Writes the sheet under `name` (already free); selected when `active`. */
export function writeTableSheet(pkg: XlsxPackage, sheet: SheetSpec, name: string, context: TableSheetContext, active: boolean): void {
  for (const _ of tableSheetSlices(pkg, sheet, name, context, active));
}

/** Rows written between two pauses of a sheet written in slices. */
export const SLICE_ROWS = 5000;

/**
 * The same sheet, written in slices: the generator stops after every
 * SLICE_ROWS rows (yielding how many rows of the sheet are written), so a
 * caller on the browser's main thread can let the page breathe between
 * slices (the pane's fallback where no Web Worker may run, issue 24).
 */
export function* tableSheetSlices(pkg: XlsxPackage, sheet: SheetSpec, name: string, context: TableSheetContext, active: boolean): Generator<number, void, void> {
  const placements = sheetLayout(sheet);
  const main = placements[0] as TablePlacement;
  const ws = pkg.beginSheet(name, context.part);
  // Written ahead: its rows are not here, only their number (the layout stands on it).
  const rowsAhead = context.part?.ahead !== undefined;
  const top = `A${main.firstDataRow}`;
  ws.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      printSheetPr(sheet.print) +
      `<sheetViews><sheetView workbookViewId="0"${active ? ' tabSelected="1"' : ""}>` +
      `<pane ySplit="${main.headerRow}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
      "</sheetView></sheetViews>" +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      `<cols>${columnWidths(placements)
        .map((width, c) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`)
        .join("")}</cols>` +
      "<sheetData>",
  );
  const titleStyle = pkg.styles.xf(TITLE_LOOK);
  (sheet.titleLines ?? []).forEach((line, i) => ws.write(textRow(pkg, i + 1, line, i === 0 ? titleStyle : 0)));

  const links: InternalLink[] = [];
  const rules: string[] = [];
  const validations: string[] = [];
  const tables: { placement: TablePlacement; headers: string[] }[] = [];
  for (const [i, placement] of placements.entries()) {
    const caption = i === 0 ? null : (sheet.moreTables?.[i - 1]?.caption ?? null);
    if (placement.captionRow !== null && caption !== null) ws.write(textRow(pkg, placement.captionRow, caption, pkg.styles.xf(CAPTION_LOOK)));
    const headers = yield* writeTable(pkg, ws, placement, context.names, links, rowsAhead);
    tables.push({ placement, headers });
    rules.push(...tableRules(pkg, placement));
    validations.push(...tableValidations(placement));
  }
  ws.write("</sheetData>");
  ws.write(rules.join(""));
  if (validations.length > 0) ws.write(`<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`);
  ws.write(hyperlinksXml(links));
  ws.write(printXml(sheet.print));

  const parts: { name: string; xml: string; type?: string }[] = [];
  const relIds: string[] = [];
  let mainHeaders: string[] = [];
  for (const [i, { placement, headers }] of tables.entries()) {
    if (i === 0) mainHeaders = headers;
    const id = pkg.nextTableId();
    relIds.push(ws.addRelationship(TABLE_REL_TYPE, `../tables/table${id}.xml`));
    parts.push({
      name: `xl/tables/table${id}.xml`,
      xml: tableXml({ id, name: freeTableName(placement.table.name, context.tableNames), ref: tableRef(placement), columns: headers, style: TABLE_STYLE }),
      type: `${CT}.spreadsheetml.table+xml`,
    });
  }
  const place = chartPlacement(sheet, placements);
  let drawingRelId: string | null = null;
  if (place) {
    const n = pkg.nextDrawingId();
    const chartFile = `chart${n}.xml`;
    const drawingFile = `drawing${n}.xml`;
    drawingRelId = ws.addRelationship(DRAWING_REL_TYPE, `../drawings/${drawingFile}`);
    const column = place.chart.valueColumn;
    parts.push(
      {
        name: `xl/charts/${chartFile}`,
        xml: chartXml({ place, sheetName: name, seriesName: mainHeaders[column] ?? "", numberFormat: main.table.columns[column]?.numberFormat ?? "General" }),
        type: `${CT}.drawingml.chart+xml`,
      },
      { name: `xl/drawings/${drawingFile}`, xml: drawingXml(place, DRAWING_CHART_REL_ID, place.chart.title), type: `${CT}.drawing+xml` },
      { name: `xl/drawings/_rels/${drawingFile}.rels`, xml: drawingRelsXml(chartFile) },
    );
  }
  ws.write(drawingElementXml(drawingRelId) + tablePartsXml(relIds) + "</worksheet>");
  ws.end();
  definePrintNames(pkg, ws.index, name, sheet.print);
  for (const part of parts) pkg.addPart(part.name, part.xml, part.type);
}

/** A row of one text cell in column A (a title line, a caption). */
function textRow(pkg: XlsxPackage, row: number, text: string, style: number): string {
  return `<row r="${row}"><c r="A${row}"${style ? ` s="${style}"` : ""} t="s"><v>${pkg.sharedString(text)}</v></c></row>`;
}

/** Header, data rows; returns the header texts (the table's column names). */
function* writeTable(
  pkg: XlsxPackage,
  ws: SheetWriter,
  placement: TablePlacement,
  names: ReadonlyMap<string, string>,
  links: InternalLink[],
  rowsAhead: boolean,
): Generator<number, string[], void> {
  const { table, headerRow, firstDataRow } = placement;
  const headers = tableHeaders(table.columns.map((c) => ({ header: safeText(c.header) })));
  const headerStyle = pkg.styles.xf(HEADER_LOOK);
  const lines = Math.max(1, ...table.columns.map((col, c) => lineCount(headers[c] ?? "", Math.max(1, (col.width ?? 10) - 1))));
  const height = lines > 1 ? ` ht="${LINE_HEIGHT * Math.min(lines, 8) + 2}" customHeight="1"` : "";
  ws.write(
    `<row r="${headerRow}"${height}>` +
      headers.map((text, c) => `<c r="${columnLetters(c)}${headerRow}" s="${headerStyle}" t="s"><v>${pkg.sharedString(text)}</v></c>`).join("") +
      "</row>",
  );

  const width = table.columns.length;
  const letters = table.columns.map((_, c) => columnLetters(c));
  const styles = table.columns.map((col) => pkg.styles.xf(columnLook(col)));
  const linkStyles = table.columns.map((col) => pkg.styles.xf({ ...columnLook(col), font: LINK_FONT }));
  const attrs = styles.map((s) => (s ? ` s="${s}"` : ""));
  const wrapped = table.columns.flatMap((col, c) => (col.wrap ? [{ c, chars: Math.max(1, (col.width ?? 10) - 1) }] : []));
  const rows = table.rows;
  if (rowsAhead) return headers;
  for (let i = 0; i < rows.length; i++) {
    const values = rows[i] as readonly OutputCell[];
    const r = firstDataRow + i;
    let xml = `<row r="${r}"`;
    if (wrapped.length > 0) {
      let most = 1;
      for (const { c, chars } of wrapped) most = Math.max(most, lineCount(values[c], chars));
      if (most > 1) xml += ` ht="${Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * most + 2)}" customHeight="1"`;
    }
    xml += ">";
    for (let c = 0; c < width; c++) {
      const value = values[c];
      if (value === null || value === undefined) continue;
      const ref = `${letters[c]}${r}`;
      if (typeof value === "string") {
        xml += value === "" ? `<c r="${ref}"${attrs[c]}/>` : `<c r="${ref}"${attrs[c]} t="s"><v>${pkg.sharedString(value)}</v></c>`;
      } else if (typeof value === "number") {
        xml += Number.isFinite(value) ? `<c r="${ref}"${attrs[c]}><v>${Object.is(value, -0) ? 0 : value}</v></c>` : `<c r="${ref}"${attrs[c]}/>`;
      } else if (typeof value === "boolean") {
        xml += `<c r="${ref}"${attrs[c]} t="b"><v>${value ? 1 : 0}</v></c>`;
      } else {
        xml += `<c r="${ref}" s="${linkStyles[c]}" t="s"><v>${pkg.sharedString(value.text)}</v></c>`;
        links.push({ ref, location: linkTarget(value, names), display: value.text });
      }
    }
    ws.write(`${xml}</row>`);
    if ((i + 1) % SLICE_ROWS === 0) yield i + 1;
  }
  return headers;
}

/** The look of a column's data cells: its number format, wrapped text at the top. */
function columnLook(column: ColumnSpec): Look {
  return {
    ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
    ...(column.wrap ? { wrap: true, vertical: "top" as const } : {}),
  };
}

/**
 * Lines a wrapped text takes in a column of `chars` characters: rows are
 * given that height, since Excel does not grow a row for wrapped text it did
 * not lay out itself. An estimate (a Vietnamese letter is about a `0` wide).
 */
function lineCount(value: OutputCell | undefined, chars: number): number {
  if (typeof value !== "string") return 1;
  let lines = 0;
  for (const line of value.split("\n")) lines += Math.max(1, Math.ceil(line.length / chars));
  return lines;
}

/** The table's highlights: a conditional format each over its data rows, first match wins. */
function tableRules(pkg: XlsxPackage, placement: TablePlacement): string[] {
  const { table, firstDataRow, lastDataRow } = placement;
  const range = `A${firstDataRow}:${columnLetters(table.columns.length - 1)}${lastDataRow}`;
  return (table.highlights ?? []).map((h, i) => {
    const dxf = pkg.styles.dxf({ fill: h.fill, ...(h.fontColor ? { fontColor: h.fontColor } : {}) });
    const formula = `$${columnLetters(h.column)}${firstDataRow}="${h.equals.replace(/"/g, '""')}"`;
    return `<conditionalFormatting sqref="${range}"><cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${xmlText(formula)}</formula></cfRule></conditionalFormatting>`;
  });
}

function tableValidations(placement: TablePlacement): string[] {
  const { table, firstDataRow, lastDataRow } = placement;
  return table.columns.flatMap((col, c) => {
    if (!col.validation) return [];
    const letter = columnLetters(c);
    return [validationXml(col.validation, `${letter}${firstDataRow}:${letter}${lastDataRow}`)];
  });
}

/** `<dataValidation>` of a cell validation over `sqref`, as Excel writes it (titles and messages cut to its limits). */
export function validationXml(v: CellValidation, sqref: string): string {
  const attr = (name: string, text: string) => ` ${name}="${xmlText(text)}"`;
  const head =
    (v.kind === "decimal" ? ' type="decimal"' : ' type="list"') +
    ` errorStyle="${v.errorStyle}"` +
    (v.kind === "decimal" ? ' operator="between"' : "") +
    ' allowBlank="1"' +
    (v.prompt !== undefined ? ' showInputMessage="1"' : "") +
    ' showErrorMessage="1"' +
    (v.error ? attr("errorTitle", v.error.title.slice(0, MAX_DV_TITLE)) + attr("error", v.error.message.slice(0, MAX_DV_MESSAGE)) : "") +
    (v.prompt ? attr("promptTitle", v.prompt.title.slice(0, MAX_DV_TITLE)) + attr("prompt", v.prompt.message.slice(0, MAX_DV_MESSAGE)) : "");
  const formulas = v.kind === "decimal" ? `<formula1>${v.min}</formula1><formula2>${v.max}</formula2>` : `<formula1>${xmlText(listSource(v.values))}</formula1>`;
  return `<dataValidation${head} sqref="${sqref}">${formulas}</dataValidation>`;
}

function tableRef(placement: TablePlacement): string {
  return `A${placement.headerRow}:${columnLetters(placement.table.columns.length - 1)}${placement.lastDataRow}`;
}
