/**
 * A printed page of ours (the built-in documents, workbook/documents) as a
 * .docx: the same template, so Word's copy is filled by the same
 * placeholders. Written as minimal WordprocessingML by hand (a document
 * part, its styles, A4 with the margins of Decree 30/2020/NĐ-CP) rather
 * than a binary blob or another library: a line over the page's width is a
 * paragraph; rows with text on both halves (the head, the signatures) a
 * borderless two-column table; bordered rows a table with the page's
 * column widths and merges.
 */
import PizZip from "pizzip";
import type { CellStyle, PageCell, PageSheetSpec } from "../workbook/page";

const TWIPS_PER_CM = 567;
/** A4 less 3 + 1.5 cm. */
const TEXT_WIDTH = Math.round(16.5 * TWIPS_PER_CM);

type Block = { kind: "paragraph"; row: number } | { kind: "split"; rows: number[] } | { kind: "table"; rows: number[] } | { kind: "gap"; row: number };

export function pageToDocx(page: PageSheetSpec): Uint8Array {
  const rows = new Map<number, PageCell[]>();
  for (const cell of page.cells) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
  const lastRow = Math.max(0, ...page.cells.map((c) => c.row), ...Object.keys(page.rowHeights ?? {}).map(Number));
  const columns = Math.max(1, ...page.cells.map((c) => c.column), ...(page.merges ?? []).map((m) => m.right));
  const spanOf = (row: number, column: number) => (page.merges ?? []).find((m) => m.top === row && m.left === column)?.right ?? column;

  const blocks: Block[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = (rows.get(r) ?? []).filter((c) => c.value !== "" && c.value !== null);
    const bordered = (rows.get(r) ?? []).some((c) => c.style?.border);
    const previous = blocks[blocks.length - 1];
    if (bordered) {
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
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
          return paragraph((rows.get(block.row) ?? [])[0] as PageCell, defaultSize);
        case "gap":
          return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${Math.round((page.rowHeights?.[block.row] ?? 8) * 20)}" w:lineRule="exact"/></w:pPr></w:p>`;
        case "split":
          return splitTable(block.rows, rows, split, twips, defaultSize);
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

function splitTable(rowNumbers: readonly number[], rows: Map<number, PageCell[]>, leftEnd: number, twips: number[], size: number): string {
  const left = twips.slice(0, leftEnd).reduce((a, b) => a + b, 0);
  const right = TEXT_WIDTH - left;
  const trs = rowNumbers.map((r) => {
    const cells = rows.get(r) ?? [];
    const l = cells.filter((c) => c.column <= leftEnd);
    const rr = cells.filter((c) => c.column > leftEnd);
    const cell = (cs: PageCell[], width: number) =>
      `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${cs.length > 0 ? cs.map((c) => paragraph(c, size)).join("") : "<w:p/>"}</w:tc>`;
    return `<w:tr>${cell(l, left)}${cell(rr, right)}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="${left}"/><w:gridCol w:w="${right}"/></w:tblGrid>${trs.join("")}</w:tbl>`;
}

function borderedTable(rowNumbers: readonly number[], rows: Map<number, PageCell[]>, spanOf: (r: number, c: number) => number, twips: number[], size: number): string {
  const trs = rowNumbers.map((r) => {
    const cells = new Map((rows.get(r) ?? []).map((c) => [c.column, c]));
    const tcs: string[] = [];
    for (let c = 1; c <= twips.length; ) {
      const end = spanOf(r, c);
      const width = twips.slice(c - 1, end).reduce((a, b) => a + b, 0);
      const cell = cells.get(c);
      const span = end > c ? `<w:gridSpan w:val="${end - c + 1}"/>` : "";
      tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}<w:vAlign w:val="center"/></w:tcPr>${cell ? paragraph(cell, size) : "<w:p/>"}</w:tc>`);
      c = end + 1;
    }
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${tcs.join("")}</w:tr>`;
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/>${borders}</w:tblPr><w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${trs.join("")}</w:tbl>`;
}

function paragraph(cell: PageCell, size: number): string {
  const style: CellStyle = cell.style ?? {};
  const align = { center: "center", right: "right", justify: "both", left: "left" }[style.horizontal ?? "left"];
  const indent = style.indent ? `<w:ind w:firstLine="${Math.round(style.indent * 0.5 * TWIPS_PER_CM)}"/>` : "";
  const text = typeof cell.value === "string" ? cell.value : cell.value === null ? "" : String(cell.value);
  // Tables' cells close, the body's paragraphs a little apart: a cover letter must hold on one page.
  const spacing = style.border ? '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>' : '<w:spacing w:before="0" w:after="50" w:line="252" w:lineRule="auto"/>';
  return `<w:p><w:pPr>${spacing}<w:jc w:val="${align}"/>${indent}</w:pPr>${run(text, style, size)}</w:p>`;
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
  const section = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${2 * TWIPS_PER_CM}" w:right="${1.5 * TWIPS_PER_CM}" w:bottom="${2 * TWIPS_PER_CM}" w:left="${3 * TWIPS_PER_CM}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}${section}</w:body></w:document>`;
}

function styles(font: string, size: number): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/><w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
