/**
 * A .docx template's XML made ready for docxtemplater, and read for the
 * fill's issues. SPEC §7 says a table row holding `dong.…` or `xh.…`
 * placeholders repeats: docxtemplater repeats a row whose loop opens in its
 * first cell and closes in its last, so those tags are put in. Word splits
 * a typed `{{ten_khoi}}` over several runs; the row and paragraph texts here
 * are read across runs, as docxtemplater reads them.
 */
import { FillIssues } from "../core/documents/fill-grid";
import { placeholderTokens, rowKindOf, type RowKind } from "../core/documents/placeholders";
import type { DocValue, DocumentValues } from "../core/documents/values";

/** The loops we open, by names no template can mean (placeholders are letters, digits and `_`/`.`). */
export const LOOP: Record<RowKind, string> = { dong: "#rows:dong", xh: "#rows:xh" };

const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

/** The text Word shows for a piece of WordprocessingML, runs joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(TEXT)].map((m) => unescapeXml(m[1] ?? "")).join("");
}

/** Each table row holding row placeholders, wrapped in the loop of its kind. */
export function withRowLoops(xml: string): string {
  return xml.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (row) => {
    const kind = rowKindIn(textOf(row));
    if (!kind) return row;
    const open = `{{${LOOP[kind]}}}`;
    const close = `{{/${LOOP[kind].slice(1)}}}`;
    const first = row.search(/<w:t(?:\s[^>]*)?>/);
    const lastClose = row.lastIndexOf("</w:t>");
    if (first < 0 || lastClose < 0) return row;
    const openEnd = row.indexOf(">", first) + 1;
    return row.slice(0, openEnd) + open + row.slice(openEnd, lastClose) + close + row.slice(lastClose);
  });
}

function rowKindIn(text: string): RowKind | null {
  for (const token of placeholderTokens(text)) {
    const kind = token.name ? rowKindOf(token.name) : null;
    if (kind) return kind;
  }
  return null;
}

/**
 * The fill's issues for one part of the document (`word/document.xml`,
 * a header, a footer): each paragraph's placeholders, the paragraph named by
 * its number in the part (`¶12`, `header1 ¶2`).
 */
export function scanPart(xml: string, part: string, values: DocumentValues, issues: FillIssues): void {
  const prefix = part === "document" ? "" : `${part} `;
  let index = 0;
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    index++;
    const tokens = placeholderTokens(textOf(m[0]));
    const note = issues.at(`${prefix}¶${index}`);
    for (const token of tokens) note(token, token.name ? representative(values, token.name) : undefined);
  }
}

/** A placeholder's value where it is missing anywhere it would be written, else any of its values. */
function representative(values: DocumentValues, name: string): DocValue {
  const kind = rowKindOf(name as never);
  if (kind === null) return values.block[name as keyof DocumentValues["block"]];
  const rows = values[kind] as readonly Record<string, DocValue>[];
  return rows.find((r) => r[name]?.kind === "missing")?.[name] ?? { kind: "text", text: "" };
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "");
}
