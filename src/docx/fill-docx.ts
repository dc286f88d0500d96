/**
 * A .docx template filled with the placeholders of SPEC §7, by our own walk
 * of each part's XML (a real DOM, @xmldom/xmldom; the package refuses any
 * DOCTYPE before it is parsed). Only our `{{…}}` placeholders have meaning:
 * no other templating syntax (raw XML, loops, conditions) is read, and every
 * value is set as a text node, so the serializer escapes it and it can never
 * become markup, a field or a link. A placeholder Word split over several
 * runs is read across them and written into the first, keeping its format.
 *
 * Repetition (§7): a table row holding `dong.…` or `xh.…` repeats once per
 * proposal or ranked unit, whatever its cells; rows joined by a cell merged
 * down over them (`w:vMerge`) repeat together as one record; a paragraph
 * outside any table holding them repeats itself. The body, headers, footers,
 * footnotes, endnotes and text boxes are all filled; a text box Word keeps
 * twice (its drawing and its VML fallback) is reported once.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { makeIssue } from "../core/check/make-issue";
import { FillIssues } from "../core/documents/fill-grid";
import { type PlaceholderName, placeholderTokens, type RowKind, rowKindOf } from "../core/documents/placeholders";
import { type DocValue, type DocumentValues, valueAsText } from "../core/documents/values";
import type { Issue } from "../core/model/issue";
import { ownPackageParts, writePackage } from "./package";
import { removeExternalLinks } from "./external-links";
import { isW, W } from "./wml";

const PARTS = /^word\/(document|header(\d*)|footer(\d*)|footnotes|endnotes)\.xml$/;

export interface FilledDocx {
  readonly bytes: Uint8Array;
  readonly issues: readonly Issue[];
}

/** A template's fill: the filled file, or none (a refused template) with the issue saying why; never a throw. */
export type DocxFill = { readonly ok: true; readonly bytes: Uint8Array; readonly issues: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };

/** The built-in documents' fill (their templates are ours: a refusal is a fault of ours, thrown). */
export function fillDocx(template: Uint8Array | ArrayBuffer, file: string, values: DocumentValues): FilledDocx {
  const filled = fillDocxParts(ownPackageParts(template instanceof Uint8Array ? template : new Uint8Array(template)), file, values);
  if (!filled.ok) throw new Error(`built-in template refused: ${filled.issues.map((i) => i.code).join(", ")}`);
  return filled;
}

/**
 * A block's .docx template filled (SPEC §7), from its parts as the limited
 * reader gave them (xlsx/template-package.ts); a template whose XML cannot be
 * read costs itself only.
 */
export function fillDocxParts(parts: Map<string, Uint8Array>, file: string, values: DocumentValues): DocxFill {
  const issues = new FillIssues({ file });
  const decoder = new TextDecoder("utf-8");
  const encoder = new TextEncoder();
  const docs = new Map<string, Document>();
  try {
    for (const name of [...parts.keys()].sort(partOrder)) {
      const m = PARTS.exec(name);
      if (!m) continue;
      const doc = parseXml(decoder.decode(parts.get(name)));
      fillContainer(doc.documentElement as Element, { part: partLabel(m), scope: null, values, issues });
      docs.set(name, doc);
    }
    const removed = removeExternalLinks(parts, docs, parseXml);
    if (removed.length > 0) issues.add(makeIssue("TEMPLATE_EXTERNAL_REMOVED", { file }, { what: removed.join(", ") }), "external");
    const serializer = new XMLSerializer();
    for (const [name, doc] of docs) parts.set(name, encoder.encode(serializer.serializeToString(doc)));
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return { ok: false, issues: [makeIssue("FILE_UNREADABLE", { file }, { reason: "not-template" })] };
  }
  return { ok: true, bytes: writePackage(parts), issues: issues.all };
}

class XmlError extends Error {}

/** A part's XML as a DOM; a part that is no well-formed XML makes the file unreadable. */
export function parseXml(xml: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new XmlError(message);
    },
  });
  try {
    return parser.parseFromString(xml, "application/xml");
  } catch (error) {
    throw error instanceof XmlError ? error : new XmlError(String(error));
  }
}

/** The document first, then headers, footers and notes, so issues read in the order a person reads. */
function partOrder(a: string, b: string): number {
  const rank = (n: string) => (n === "word/document.xml" ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b, "en", { numeric: true });
}

/** A part named as SPEC §7 names it: body, header N, footer N, footnotes, endnotes. */
function partLabel(m: RegExpExecArray): string {
  if (m[1] === "document") return "body";
  if (m[2] !== undefined) return `header ${m[2] || 1}`;
  if (m[3] !== undefined) return `footer ${m[3] || 1}`;
  return m[1] ?? "body";
}

/** The list item a row or paragraph copy stands for; both lists where a row mixes them (filled once, with the first of each). */
type Scope = Partial<Record<RowKind, number>>;

interface Context {
  readonly part: string;
  readonly scope: Scope | null;
  readonly values: DocumentValues;
  readonly issues: FillIssues;
}

function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

function fillContainer(el: Element, ctx: Context): void {
  for (const child of childElements(el)) {
    if (isW(child, "p")) fillBlockParagraph(child, ctx);
    else if (isW(child, "tbl")) fillTable(child, ctx);
    else fillContainer(child, ctx);
  }
}

/** A paragraph holding row placeholders outside a repeated row repeats itself; any other is filled once. */
function fillBlockParagraph(p: Element, ctx: Context): void {
  const kinds = ctx.scope === null ? rowKindsIn([p]) : [];
  if (kinds.length === 1) {
    const kind = kinds[0] as RowKind;
    ctx.values[kind].forEach((_, index) => {
      const copy = p.cloneNode(true) as Element;
      p.parentNode?.insertBefore(copy, p);
      fillParagraph(copy, { ...ctx, scope: { [kind]: index } });
    });
    p.parentNode?.removeChild(p);
    return;
  }
  if (kinds.length > 1) {
    ctx.issues.mixed(firstWords(textsOf(ownTexts(p)).join("")), ctx.part);
    fillParagraph(p, { ...ctx, scope: { dong: 0, xh: 0 } });
    return;
  }
  fillParagraph(p, ctx);
}

/**
 * A table's rows, grouped into records (a row whose cell continues a merge
 * from the row above belongs with it); a record holding row placeholders
 * repeats as a whole, in order.
 */
function fillTable(table: Element, ctx: Context): void {
  const records: Element[][] = [];
  for (const child of childElements(table)) {
    if (!isW(child, "tr")) {
      fillContainer(child, ctx);
      continue;
    }
    const last = records[records.length - 1];
    if (last && continuesMerge(child)) last.push(child);
    else records.push([child]);
  }
  for (const rows of records) {
    const kinds = ctx.scope === null ? rowKindsIn(rows) : [];
    if (kinds.length === 1) {
      const kind = kinds[0] as RowKind;
      const first = rows[0] as Element;
      ctx.values[kind].forEach((_, index) => {
        for (const row of rows) {
          const copy = row.cloneNode(true) as Element;
          first.parentNode?.insertBefore(copy, first);
          fillContainer(copy, { ...ctx, scope: { [kind]: index } });
        }
      });
      for (const row of rows) row.parentNode?.removeChild(row);
      continue;
    }
    if (kinds.length > 1) ctx.issues.mixed(firstWords(rows.map((r) => textsOf(ownTextsDeep(r)).join(" ")).join(" ")), ctx.part);
    for (const row of rows) fillContainer(row, kinds.length > 1 ? { ...ctx, scope: { dong: 0, xh: 0 } } : ctx);
  }
}

/** A row one of whose cells continues a vertical merge (`<w:vMerge/>`, no `restart`). */
function continuesMerge(row: Element): boolean {
  for (const tc of childElements(row)) {
    if (!isW(tc, "tc")) continue;
    const props = childElements(tc).find((e) => isW(e, "tcPr"));
    const merge = props ? childElements(props).find((e) => isW(e, "vMerge")) : undefined;
    if (merge && (merge.getAttributeNS(W, "val") || "continue") === "continue") return true;
  }
  return false;
}

/** The kinds of row placeholder in some elements' paragraphs. */
function rowKindsIn(elements: readonly Element[]): RowKind[] {
  const kinds = new Set<RowKind>();
  for (const el of elements) {
    const text = isW(el, "p") ? textsOf(ownTexts(el)).join("") : textsOf(ownTextsDeep(el)).join("\n");
    if (!text.includes("{{")) continue;
    for (const token of placeholderTokens(text)) {
      const kind = token.name ? rowKindOf(token.name) : null;
      if (kind) kinds.add(kind);
    }
  }
  return [...kinds];
}

/** The `w:t` of a paragraph, in order, without those of the text boxes it anchors (their own paragraphs). */
function ownTexts(p: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (isW(e, "t")) out.push(e);
      else if (!isW(e, "txbxContent") && !isW(e, "p")) walk(e);
    }
  };
  walk(p);
  return out;
}

/** Every `w:t` under an element but in text boxes (a row's text, its nested tables too). */
function ownTextsDeep(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      if (isW(child, "t")) out.push(child);
      else if (!isW(child, "txbxContent")) walk(child);
    }
  };
  walk(el);
  return out;
}

function textsOf(nodes: readonly Element[]): string[] {
  return nodes.map((t) => t.textContent ?? "");
}

/** Where a paragraph is, in words: its first words, as the officer will find them (*“Kính gửi: {{noi_nh…”*). */
function firstWords(text: string): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return `“${chars.slice(0, 32).join("")}${chars.length > 32 ? "…" : ""}”`;
}

function fillParagraph(p: Element, ctx: Context): void {
  const nodes = ownTexts(p);
  const texts = textsOf(nodes);
  const full = texts.join("");
  if (full.includes("{{") || full.includes("}}")) {
    const place = firstWords(full);
    ctx.issues.typos(full, place, ctx.part);
    const tokens = placeholderTokens(full);
    const note = ctx.issues.at(place, ctx.part);
    const starts: number[] = [];
    let at = 0;
    for (const t of texts) {
      starts.push(at);
      at += t.length;
    }
    const changed = new Set<number>();
    // Each value found (and noted) in reading order, then written right to left: a replacement never moves the tokens still to do.
    const replacements = tokens.flatMap((token) => {
      if (!token.name) {
        note(token, undefined);
        return [];
      }
      const value = lookup(ctx, token.name);
      if (value.kind === "missing") note(token, value);
      const shown = valueAsText(value);
      return [{ token, text: token.upper ? shown.toLocaleUpperCase("vi") : shown }];
    });
    for (const { token, text } of replacements.reverse()) {
      const first = nodeAt(starts, token.start);
      const last = nodeAt(starts, token.end - 1);
      const head = (texts[first] ?? "").slice(0, token.start - (starts[first] ?? 0));
      const tail = (texts[last] ?? "").slice(token.end - (starts[last] ?? 0));
      for (let i = first + 1; i <= last; i++) {
        texts[i] = "";
        changed.add(i);
      }
      texts[first] = head + text + (first === last ? tail : "");
      if (last > first) texts[last] = tail;
      changed.add(first);
    }
    for (const i of changed) setText(nodes[i] as Element, texts[i] ?? "");
  }
  fillTextBoxes(p, ctx);
}

function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  // An empty `w:t` shares its start with the next: take the one the offset is inside.
  return lo;
}

function lookup(ctx: Context, name: PlaceholderName): DocValue {
  const kind = rowKindOf(name);
  if (kind === null) return ctx.values.block[name as keyof DocumentValues["block"]];
  const index = ctx.scope?.[kind];
  const row = index === undefined ? undefined : (ctx.values[kind][index] as Record<string, DocValue> | undefined);
  return row?.[name] ?? { kind: "text", text: "" };
}

/**
 * A `w:t`'s new text, as text nodes: a line break in a value (the
 * recipients, one a line) becomes `w:br`, a tab `w:tab`, in the same run.
 */
function setText(t: Element, text: string): void {
  const doc = t.ownerDocument as Document;
  const pieces = text.split(/(\r\n|\r|\n|\t)/);
  const write = (el: Element, s: string) => {
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(doc.createTextNode(s));
    el.setAttribute("xml:space", "preserve");
  };
  write(t, pieces[0] ?? "");
  let after: Element = t;
  for (let i = 1; i < pieces.length; i += 2) {
    const mark = doc.createElementNS(W, pieces[i] === "\t" ? "w:tab" : "w:br");
    const next = doc.createElementNS(W, "w:t");
    write(next, pieces[i + 1] ?? "");
    after.parentNode?.insertBefore(mark, after.nextSibling);
    mark.parentNode?.insertBefore(next, mark.nextSibling);
    after = next;
  }
}

/** The text boxes a paragraph anchors, filled as paragraphs of their own, in the part named `text box`. */
function fillTextBoxes(p: Element, ctx: Context): void {
  const walk = (el: Element) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (isW(e, "txbxContent")) fillContainer(e, { ...ctx, part: "text box" });
      else if (!isW(e, "p")) walk(e);
    }
  };
  walk(p);
}
