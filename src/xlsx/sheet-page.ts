/**
 * An exceljs worksheet read back as a page (workbook/ports/page.ts), for the
 * preview to show a filled template with its looks (memory-workbook.ts): the
 * values, fonts, fills, borders, alignment, number formats, merges, widths
 * and heights the page port can say. The download writes the sheet itself,
 * not this page, so what the port cannot say (theme colours, print setup) is
 * only missing from the picture.
 */
import type { Border, Cell, CellValue, Fill, Font, Worksheet } from "exceljs";
import type { BorderStyle, CellStyle, FontSpec, PageCell, PageRange, PageSheetSpec, PageValue } from "../workbook/ports/page";

export function sheetAsPage(ws: Worksheet, name: string): PageSheetSpec {
  const cells: PageCell[] = [];
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) rowHeights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // A merge's covered cells repeat the master's value in exceljs: only the master shows it.
      const covered = cell.isMerged && cell.master.address !== cell.address;
      const value = covered ? null : pageValue(cell.value);
      const style = cellStyle(cell);
      if (value !== null || Object.keys(style).length > 0) cells.push({ row: r, column: c, value, style });
    });
  });
  const columnWidths: Record<number, number> = {};
  ws.columns?.forEach((column, i) => {
    if (column.width !== undefined) columnWidths[i + 1] = column.width;
  });
  // exceljs keeps its merges by master cell, each with its rectangle (1-based); no public getter gives them.
  const merged = (ws as unknown as { _merges?: Record<string, { model: PageRange }> })._merges ?? {};
  const merges = Object.values(merged).map(({ model: m }) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  return { name, role: "document", cells, merges, columnWidths, rowHeights };
}

function pageValue(value: CellValue): PageValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value !== "object") return value;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    return { formula: String((value as { formula?: string }).formula ?? ""), ...(typeof result === "number" || typeof result === "string" ? { result } : {}) };
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return null;
}

function cellStyle(cell: Cell): CellStyle {
  const font = fontSpec(cell.font);
  const fill = fillColor(cell.fill);
  const border = borderSpec(cell.border);
  const a = cell.alignment ?? {};
  const horizontal = a.horizontal === "centerContinuous" ? "center" : a.horizontal === "left" || a.horizontal === "center" || a.horizontal === "right" || a.horizontal === "justify" ? a.horizontal : undefined;
  const vertical = a.vertical === "top" || a.vertical === "middle" || a.vertical === "bottom" ? a.vertical : undefined;
  return {
    ...(font ? { font } : {}),
    ...(fill ? { fill } : {}),
    ...(border ? { border } : {}),
    ...(horizontal ? { horizontal } : {}),
    ...(vertical ? { vertical } : {}),
    ...(a.wrapText ? { wrap: true } : {}),
    ...(a.indent ? { indent: a.indent } : {}),
    ...(cell.numFmt && cell.numFmt !== "General" ? { numberFormat: cell.numFmt } : {}),
  };
}

function fontSpec(font: Partial<Font> | undefined): FontSpec | undefined {
  if (!font) return undefined;
  const color = hex(font.color?.argb);
  const spec: FontSpec = {
    ...(font.name ? { name: font.name } : {}),
    ...(font.size ? { size: font.size } : {}),
    ...(font.bold ? { bold: true } : {}),
    ...(font.italic ? { italic: true } : {}),
    ...(font.underline && font.underline !== "none" ? { underline: true } : {}),
    ...(color ? { color } : {}),
  };
  return Object.keys(spec).length > 0 ? spec : undefined;
}

function fillColor(fill: Fill | undefined): string | undefined {
  return fill?.type === "pattern" && fill.pattern === "solid" ? hex(fill.fgColor?.argb) : undefined;
}

function borderSpec(border: Partial<Record<"top" | "bottom" | "left" | "right", Partial<Border>>> | undefined): CellStyle["border"] {
  if (!border) return undefined;
  const out: Partial<Record<"top" | "bottom" | "left" | "right", BorderStyle>> = {};
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const style = border[side]?.style;
    if (!style) continue;
    // The page port knows four lines; the others show as the nearest.
    out[side] = style === "medium" || style === "thick" || style === "mediumDashed" ? "medium" : style === "dotted" || style === "hair" ? "dotted" : style === "double" ? "double" : "thin";
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `FF1F4E79` → `#1F4E79`. */
function hex(argb: string | undefined): string | undefined {
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}
