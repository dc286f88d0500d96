/**
 * A printed page of ours (the built-in documents, workbook/documents) as a
 * .docx: the same template, so Word's copy is filled by the same
 * placeholders. Written as minimal WordprocessingML by hand (a document
 * part, its styles, A4 with the margins of Decree 30/2020/NĐ-CP) rather
 * than a binary blob or another library: a line over the page's width is a
 * paragraph; rows with text on both halves (the head, the signatures) a
 * borderless two-column table, its halves kept apart by the cells' inner
 * margins; a row of empty cells with a top border only (the decree's drawn
 * lines) a paragraph border under the text above, as long as those cells;
 * bordered rows a table with the page's column widths and merges, its
 * header row repeated on every page and kept with the row after it. Every
 * length is a whole number of twips, as the schema wants.
 */
import PizZip from "pizzip";
import type { CellStyle, PageCell, PageSheetSpec } from "../workbook/ports/page";

const TWIPS_PER_CM = 567;
/** A4 less 3 + 1.5 cm. */
const TEXT_WIDTH = Math.round(16.5 * TWIPS_PER_CM);

type Block = { kind: "paragraph"; row: number } | { kind: "split"; rows: number[] } | { kind: "table"; rows: number[] } | { kind: "gap"; row: number };

/** Twips between the two halves of the head and of the signatures: each half keeps this much off the middle. */
const HALF_GAP = 170;
/** A table cell's padding, twips: off the side borders, and a little above and below. */
const CELL_PAD_SIDE = 57;
const CELL_PAD_END = 28;

/** A drawn line: a row whose cells are all empty and some carry a top border and no other. */
function isRule(cells: readonly PageCell[]): boolean {
  return cells.length > 0 && cells.every((c) => c.value === "" || c.value === null) && cells.some((c) => c.style?.border?.top) && cells.every((c) => !c.style?.border?.bottom && !c.style?.border?.left && !c.style?.border?.right);
}

export function pageToDocx(page: PageSheetSpec): Uint8Array {
  const rows = new Map<number, PageCell[]>();
  for (const cell of page.cells) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
  const lastRow = Math.max(0, ...page.cells.map((c) => c.row), ...Object.keys(page.rowHeights ?? {}).map(Number));
  const columns = Math.max(1, ...page.cells.map((c) => c.column), ...(page.merges ?? []).map((m) => m.right));
  const spanOf = (row: number, column: number) => (page.merges ?? []).find((m) => m.top === row && m.left === column)?.right ?? column;

  const blocks: Block[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = (rows.get(r) ?? []).filter((c) => c.value !== "" && c.value !== null);
    const rule = isRule(rows.get(r) ?? []);
    const bordered = !rule && (rows.get(r) ?? []).some((c) => c.style?.border);
    const previous = blocks[blocks.length - 1];
    if (rule && previous?.kind === "split") {
      previous.rows.push(r);
    } else if (rule) {
      blocks.push({ kind: "gap", row: r });
    } else if (bordered) {
      if (previous?.kind === "table") previous.rows.push(r);
      else blocks.push({ kind: "table", rows: [r] });
    } else if (cells.length === 0) {
      blocks.push({ kind: "gap", row: r });
    } else if (cells.length === 1 && cells[0]?.column === 1 && spanOf(r, 1) === columns) {
      blocks.push({ kind: "paragraph", row: r });
    } else if (previous?.kind === "split") {
      previous.rows.push(r);
    } else {
      blocks.push({ kind: "split", rows: [r] });
    }
  }

  const widths = Array.from({ length: columns }, (_, i) => page.columnWidths?.[i + 1] ?? 8.43);
  const total = widths.reduce((a, b) => a + b, 0);
  const twips = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const defaultSize = page.defaultFont?.size ?? 13;
  const split = columnsOfHalves(page);
  const body = blocks
    .map((block, i) => {
      switch (block.kind) {
        case "paragraph":
          // The line that announces a table (*Kết quả như sau:*) goes to the next page with it.
          return paragraph((rows.get(block.row) ?? [])[0] as PageCell, defaultSize, blocks[i + 1]?.kind === "table");
        case "gap":
          return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${Math.round((page.rowHeights?.[block.row] ?? 8) * 20)}" w:lineRule="exact"/></w:pPr></w:p>`;
        case "split":
          return splitTable(block.rows, rows, split, twips, spanOf, defaultSize);
        case "table":
          return borderedTable(block.rows, rows, spanOf, twips, defaultSize);
      }
    })
    .join("");
  const zip = new PizZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.file("word/styles.xml", styles(page.defaultFont?.name ?? "Times New Roman", defaultSize));
  zip.file("word/document.xml", document(body));
  return zip.generate({ type: "uint8array", compression: "DEFLATE" }) as Uint8Array;
}

/** Where the page's left half ends: the head's issuing body spans it. */
function columnsOfHalves(page: PageSheetSpec): number {
  const first = (page.merges ?? []).find((m) => m.top === m.bottom && m.left === 1 && page.cells.some((c) => c.row === m.top && c.column > m.right));
  return first?.right ?? 2;
}

function splitTable(rowNumbers: readonly number[], rows: Map<number, PageCell[]>, leftEnd: number, twips: number[], spanOf: (r: number, c: number) => number, size: number): string {
  const left = twips.slice(0, leftEnd).reduce((a, b) => a + b, 0);
  const right = TEXT_WIDTH - left;
  const trs = rowNumbers.map((r) => {
    const cells = rows.get(r) ?? [];
    const l = cells.filter((c) => c.column <= leftEnd);
    const rr = cells.filter((c) => c.column > leftEnd);
    const rule = isRule(cells);
    const content = (cs: PageCell[], from: number, to: number) => {
      if (rule) return cs.filter((c) => c.style?.border?.top).map((c) => ruleParagraph(twips, from, to, c.column, spanOf(r, c.column))).join("") || EMPTY_RULE_ROW;
      return cs.length > 0 ? cs.map((c) => paragraph(c, size)).join("") : "<w:p/>";
    };
    const margins = (side: "left" | "right") => `<w:tcMar><w:${side} w:w="${HALF_GAP}" w:type="dxa"/></w:tcMar>`;
    const cell = (inner: string, width: number, side: "left" | "right") => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${margins(side)}</w:tcPr>${inner}</w:tc>`;
    return `<w:tr>${cell(content(l, 1, leftEnd), left, "right")}${cell(content(rr, leftEnd + 1, twips.length), right, "left")}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="${left}"/><w:gridCol w:w="${right}"/></w:tblGrid>${trs.join("")}</w:tbl>`;
}

const EMPTY_RULE_ROW = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="40" w:lineRule="exact"/></w:pPr></w:p>';

/**
 * A drawn line over the page's columns `first`…`last`, inside the half that
 * spans `from`…`to`: a paragraph's top border, indented from both sides of
 * the half so that it is as long as those columns and where they are.
 */
function ruleParagraph(twips: readonly number[], from: number, to: number, first: number, last: number): string {
  const sum = (a: number, b: number) => twips.slice(a - 1, b).reduce((x, y) => x + y, 0);
  const before = sum(from, first - 1);
  const after = sum(last + 1, to);
  // The half's inner margin already keeps HALF_GAP off the middle: the indents are measured from the text's edges.
  const leftIndent = Math.max(0, before - (from > 1 ? HALF_GAP : 0));
  const rightIndent = Math.max(0, after - (to < twips.length ? HALF_GAP : 0));
  return `<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr><w:spacing w:before="0" w:after="0" w:line="40" w:lineRule="exact"/><w:ind w:left="${leftIndent}" w:right="${rightIndent}"/></w:pPr></w:p>`;
}

function borderedTable(rowNumbers: readonly number[], rows: Map<number, PageCell[]>, spanOf: (r: number, c: number) => number, twips: number[], size: number): string {
  const trs = rowNumbers.map((r, index) => {
    const header = index === 0 && rowNumbers.length > 1;
    const cells = new Map((rows.get(r) ?? []).map((c) => [c.column, c]));
    const tcs: string[] = [];
    for (let c = 1; c <= twips.length; ) {
      const end = spanOf(r, c);
      const width = twips.slice(c - 1, end).reduce((a, b) => a + b, 0);
      const cell = cells.get(c);
      const span = end > c ? `<w:gridSpan w:val="${end - c + 1}"/>` : "";
      tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}<w:vAlign w:val="center"/></w:tcPr>${cell ? paragraph(cell, size, header) : "<w:p/>"}</w:tc>`);
      c = end + 1;
    }
    // The header row repeats on every page, and its paragraphs keep it with the first row under it.
    return `<w:tr><w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}</w:trPr>${tcs.join("")}</w:tr>`;
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>`;
  const padding = `<w:tblCellMar><w:top w:w="${CELL_PAD_END}" w:type="dxa"/><w:left w:w="${CELL_PAD_SIDE}" w:type="dxa"/><w:bottom w:w="${CELL_PAD_END}" w:type="dxa"/><w:right w:w="${CELL_PAD_SIDE}" w:type="dxa"/></w:tblCellMar>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/>${borders}${padding}</w:tblPr><w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${trs.join("")}</w:tbl>`;
}

function paragraph(cell: PageCell, size: number, keepNext = false): string {
  const style: CellStyle = cell.style ?? {};
  const align = { center: "center", right: "right", justify: "both", left: "left" }[style.horizontal ?? "left"];
  const indent = style.indent && !style.border ? `<w:ind w:firstLine="${Math.round(style.indent * 0.5 * TWIPS_PER_CM)}"/>` : "";
  const text = typeof cell.value === "string" ? cell.value : cell.value === null ? "" : String(cell.value);
  // Tables' cells close, the body's paragraphs a little apart: a cover letter must hold on one page.
  const spacing = style.border ? '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>' : '<w:spacing w:before="0" w:after="50" w:line="252" w:lineRule="auto"/>';
  return `<w:p><w:pPr>${keepNext ? "<w:keepNext/>" : ""}${spacing}<w:jc w:val="${align}"/>${indent}</w:pPr>${run(text, style, size)}</w:p>`;
}

function run(text: string, style: CellStyle, size: number): string {
  const font = style.font ?? {};
  const props = [
    font.bold ? "<w:b/>" : "",
    font.italic ? "<w:i/>" : "",
    font.underline ? '<w:u w:val="single"/>' : "",
    `<w:sz w:val="${Math.round((font.size ?? size) * 2)}"/>`,
  ].join("");
  return text
    .split("\n")
    .map((line, i) => `${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .map((t) => `<w:r><w:rPr>${props}</w:rPr>${t}</w:r>`)
    .join("");
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] ?? c);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function document(body: string): string {
  const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);
  const section = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${twips(2)}" w:right="${twips(1.5)}" w:bottom="${twips(2)}" w:left="${twips(3)}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}${section}</w:body></w:document>`;
}

function styles(font: string, size: number): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/><w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
