/**
 * A .docx template filled with the placeholders of SPEC §7 (paragraphs,
 * repeating table rows, headers and footers), through docxtemplater: it
 * reads a placeholder that Word split over several runs as one, keeps each
 * run's formatting, and runs no code from the template (docx-templates
 * evaluates JavaScript written in the document, which a block's file must
 * not be able to do). Names are matched as §2 matches labels; an unknown
 * placeholder is left visible, a missing value blank, both reported.
 */
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { FillIssues } from "../core/documents/fill-grid";
import { placeholderTokens, rowKindOf, type RowKind } from "../core/documents/placeholders";
import { type DocumentValues, valueAsText } from "../core/documents/values";
import type { Issue } from "../core/model/issue";
import { LOOP, scanPart, withRowLoops } from "./prepare";

const PARTS = /^word\/(document|header\d*|footer\d*)\.xml$/;

export interface FilledDocx {
  readonly bytes: Uint8Array;
  readonly issues: readonly Issue[];
}

export function fillDocx(template: Uint8Array | ArrayBuffer, file: string, values: DocumentValues): FilledDocx {
  const zip = new PizZip(template);
  const issues = new FillIssues({ file });
  for (const name of Object.keys(zip.files).sort(partOrder)) {
    const part = PARTS.exec(name)?.[1];
    if (!part) continue;
    const xml = zip.file(name)?.asText() ?? "";
    scanPart(xml, part, values, issues);
    zip.file(name, withRowLoops(xml));
  }
  const doc = new Docxtemplater(zip, {
    delimiters: { start: "{{", end: "}}" },
    paragraphLoop: true,
    linebreaks: true,
    parser: (tag) => ({ get: (scope: unknown) => valueOfTag(tag, scope, values) }),
    nullGetter: () => "",
  });
  doc.render({});
  return { bytes: doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" }) as Uint8Array, issues: issues.all };
}

/** The document first, then headers and footers, so `¶` numbers read in the order a person reads. */
function partOrder(a: string, b: string): number {
  const rank = (n: string) => (n === "word/document.xml" ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

interface RowScope {
  readonly kind: RowKind;
  readonly index: number;
}

function valueOfTag(tag: string, scope: unknown, values: DocumentValues): unknown {
  for (const kind of ["dong", "xh"] as const) {
    if (tag === LOOP[kind].slice(1)) return values[kind].map((_, index): RowScope => ({ kind, index }));
  }
  const [token] = placeholderTokens(`{{${tag}}}`);
  if (!token?.name) return `{{${tag}}}`;
  const kind = rowKindOf(token.name);
  let value;
  if (kind === null) value = values.block[token.name as keyof DocumentValues["block"]];
  else {
    const row = scope as Partial<RowScope> | undefined;
    const rows = values[kind] as readonly Record<string, DocumentValues["block"]["nam"]>[];
    value = row?.index === undefined ? undefined : rows[row.index]?.[token.name];
  }
  const text = value ? valueAsText(value) : "";
  return token.upper ? text.toLocaleUpperCase("vi") : text;
}
