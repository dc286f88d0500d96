/**
 * A .docx template filled with the placeholders of SPEC §7, by our own walk
 * of each part's XML (xml-tree.ts: no DOCTYPE, no entity is ever read; the
 * package reader refused them first). Only our `{{…}}` placeholders have
 * meaning: no other templating syntax (raw XML, loops, conditions) is read,
 * and every value is set as an escaped text node, so it can never become
 * markup, a field or a link. A placeholder Word split over several runs is
 * read across them and written into the first, keeping its format.
 *
 * Repetition (§7): a table row holding `dong.…` or `xh.…` repeats once per
 * proposal or ranked unit, whatever its cells; rows joined by a cell merged
 * down over them (`w:vMerge`) repeat together as one record; a paragraph
 * outside any table holding them repeats itself. The body, headers, footers,
 * footnotes, endnotes and text boxes are all filled; a text box Word keeps
 * twice (its drawing and its VML fallback) is reported once.
 */
import { makeIssue } from "../core/check/make-issue";
import { FillIssues } from "../core/documents/fill-grid";
import { braceTypos, type PlaceholderName, type PlaceholderToken, placeholderTokens, resolvePlaceholder, type RowKind, rowKindOf } from "../core/documents/placeholders";
import { type DocValue, type DocumentValues, valueAsText } from "../core/documents/values";
import type { Issue } from "../core/model/issue";
import { linkPrefixes, openFields, removeExternalRelationships, removeExternalUses } from "./external-links";
import { ownPackageParts, writePackage } from "./package";
import { attribute, childElements, childSpans, cloneElement, element, type XmlElement, XmlError, type XmlNode, parseXml, rootOf, serializeXml, setAttribute, textContent, textNode } from "./xml-tree";

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
  const docs = new Map<string, XmlNode[]>();
  const resolved = new Map<string, PlaceholderName | undefined>();
  const resolve = (written: string) => {
    if (!resolved.has(written)) resolved.set(written, resolvePlaceholder(written));
    return resolved.get(written);
  };
  try {
    const external = removeExternalRelationships(parts, docs);
    const removed = external.removed;
    const filled = new Set<string>();
    for (const name of [...parts.keys()].sort(partOrder)) {
      const m = PARTS.exec(name);
      if (!m) continue;
      const xml = decoder.decode(parts.get(name));
      const ids = external.ids.get(name);
      const base = { part: partLabel(m), scope: null, values, issues, resolve };
      const streamed = name === "word/document.xml" ? fillBody(xml, base, ids, removed) : null;
      filled.add(name);
      if (streamed !== null) {
        parts.set(name, encoder.encode(streamed));
        continue;
      }
      const doc = parseXml(xml);
      const root = rootOf(doc);
      const prefixes = linkPrefixes(root);
      fillContainer(root, { ...base, n: namesFor(prefixes.w) });
      for (const kind of removeExternalUses(root, prefixes, ids)) removed.add(kind);
      docs.set(name, doc);
    }
    // A part no placeholder is read in that uses a removed relationship (the settings naming an attached template).
    for (const [name, ids] of external.ids) {
      const bytes = parts.get(name);
      if (filled.has(name) || !bytes) continue;
      const doc = parseXml(decoder.decode(bytes));
      const root = rootOf(doc);
      for (const kind of removeExternalUses(root, linkPrefixes(root), ids)) removed.add(kind);
      docs.set(name, doc);
    }
    if (removed.size > 0) issues.add(makeIssue("TEMPLATE_EXTERNAL_REMOVED", { file }, { what: [...removed].join(", ") }), "external");
    for (const [name, doc] of docs) parts.set(name, encoder.encode(serializeXml(doc)));
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return { ok: false, issues: [makeIssue("FILE_UNREADABLE", { file }, { reason: "not-template" })] };
  }
  return { ok: true, bytes: writePackage(parts), issues: issues.all };
}

/**
 * The document's body filled one child (paragraph, table) at a time, and
 * written as it goes: a child with nothing to fill or remove (no brace, no
 * character reference, no field, no removed relationship) is copied as read,
 * any other is parsed alone — with the children after it while a field it
 * begins goes on — so a 200,000-paragraph body is never one tree. Null when
 * the part has no body (then it is read whole).
 */
function fillBody(xml: string, base: Omit<Context, "n">, ids: ReadonlySet<string> | undefined, removed: Set<string>): string | null {
  const body = childSpans(xml, "body");
  if (!body) return null;
  const prefixes = linkPrefixes(body.root);
  const ctx: Context = { ...base, n: namesFor(prefixes.w) };
  const idList = ids ? [...ids] : [];
  // What may link outside: a field (`w:fldSimple`, `w:fldChar`, `w:instrText`) or a removed relationship's id, which an escape could hide.
  const links = (text: string) => /fld|instrText/.test(text) || (idList.length > 0 && (text.includes("&") || idList.some((id) => text.includes(id))));
  const out: string[] = [xml.slice(0, body.start)];
  let group: XmlNode[] = [];
  let open = 0;
  let linking = false;
  let at = body.start;
  for (let i = 0; i < body.spans.length; i += 2) {
    const to = body.spans[i + 1] as number;
    const text = xml.slice(at, to);
    at = to;
    const mayLink = links(text);
    if (group.length === 0 && !mayLink && !/[{}]|&#/.test(text)) {
      out.push(text);
      continue;
    }
    const nodes = parseXml(text);
    for (const node of nodes) group.push(node);
    linking ||= mayLink;
    if (text.includes("fldChar")) open += openFields(nodes, prefixes.w);
    if (open <= 0) {
      out.push(fillGroup(group, body.name, ctx, linking ? { prefixes, ids, removed } : null));
      group = [];
      open = 0;
      linking = false;
    }
  }
  if (group.length > 0) out.push(fillGroup(group, body.name, ctx, linking ? { prefixes, ids, removed } : null));
  out.push(xml.slice(at));
  return out.join("");
}

/** Some of the body's children filled together, and written; their links to outside removed where they may hold one. */
function fillGroup(group: XmlNode[], name: string, ctx: Context, links: { prefixes: { readonly w: string; readonly r: string }; ids: ReadonlySet<string> | undefined; removed: Set<string> } | null): string {
  const container = element(name, "", group);
  fillContainer(container, ctx);
  if (links) for (const kind of removeExternalUses(container, links.prefixes, links.ids)) links.removed.add(kind);
  return serializeXml(container.children);
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

/** The qualified names the walk compares, with the part's prefix, made once per part. */
type Names = Readonly<Record<"p" | "t" | "tr" | "tc" | "tcPr" | "vMerge" | "val" | "txbxContent" | "tab" | "br", string>>;

function namesFor(w: string): Names {
  const n = (local: string) => `${w}:${local}`;
  return { p: n("p"), t: n("t"), tr: n("tr"), tc: n("tc"), tcPr: n("tcPr"), vMerge: n("vMerge"), val: n("val"), txbxContent: n("txbxContent"), tab: n("tab"), br: n("br") };
}

interface Context {
  readonly n: Names;
  /** resolvePlaceholder, remembered for the fill: a long template spells the same few names many times. */
  readonly resolve: (written: string) => PlaceholderName | undefined;
  readonly part: string;
  readonly scope: Scope | null;
  readonly values: DocumentValues;
  readonly issues: FillIssues;
}

const is = (node: XmlNode, ctx: Context, local: keyof Names): boolean => node.kind === "element" && node.name === ctx.n[local];

/** An element's children filled; repeated paragraphs and rows put in place of theirs, in one pass. */
function fillContainer(el: XmlElement, ctx: Context): void {
  if (!el.children.some((c) => c.kind === "element")) return;
  const out: XmlNode[] = [];
  let rows: XmlElement[] = [];
  for (const child of el.children) {
    if (is(child, ctx, "tr")) {
      rows.push(child as XmlElement);
      continue;
    }
    if (rows.length > 0) {
      for (const row of fillRows(rows, ctx)) out.push(row);
      rows = [];
    }
    if (is(child, ctx, "p")) fillBlockParagraph(child as XmlElement, ctx, out);
    else {
      if (child.kind === "element") fillContainer(child, ctx);
      out.push(child);
    }
  }
  if (rows.length > 0) for (const row of fillRows(rows, ctx)) out.push(row);
  el.children = out;
}

/** A paragraph holding row placeholders outside a repeated row repeats itself (its copies pushed to `out`); any other is filled once. */
function fillBlockParagraph(p: XmlElement, ctx: Context, out: XmlNode[]): void {
  const boxes: XmlElement[] = [];
  const own = ownTexts(p, ctx, boxes);
  const texts = own.map(textContent);
  const full = texts.join("");
  const tokens = full.includes("{{") ? placeholderTokens(full, ctx.resolve) : [];
  const kinds = ctx.scope === null ? rowKindsOfTokens(tokens) : [];
  if (kinds.length === 1) {
    const kind = kinds[0] as RowKind;
    for (let index = 0; index < ctx.values[kind].length; index++) {
      const copy = cloneElement(p);
      fillParagraph(copy, { ...ctx, scope: { [kind]: index } });
      out.push(copy);
    }
    return;
  }
  if (kinds.length > 1) ctx.issues.mixed(firstWords(full), ctx.part);
  fillParagraph(p, kinds.length > 1 ? { ...ctx, scope: { dong: 0, xh: 0 } } : ctx, { nodes: own, texts, full, tokens, boxes });
  out.push(p);
}

/**
 * A table's rows, grouped into records (a row whose cell continues a merge
 * from the row above belongs with it); a record holding row placeholders
 * repeats as a whole, in order.
 */
function fillRows(rows: readonly XmlElement[], ctx: Context): XmlElement[] {
  const records: XmlElement[][] = [];
  for (const row of rows) {
    const last = records[records.length - 1];
    if (last && continuesMerge(row, ctx)) last.push(row);
    else records.push([row]);
  }
  const out: XmlElement[] = [];
  for (const record of records) {
    const kinds = ctx.scope === null ? rowKindsIn(record, ctx) : [];
    if (kinds.length === 1) {
      const kind = kinds[0] as RowKind;
      ctx.values[kind].forEach((_, index) => {
        for (const row of record) {
          const copy = cloneElement(row);
          fillContainer(copy, { ...ctx, scope: { [kind]: index } });
          out.push(copy);
        }
      });
      continue;
    }
    if (kinds.length > 1) ctx.issues.mixed(firstWords(record.map((r) => ownTextsDeep(r, ctx).map(textContent).join(" ")).join(" ")), ctx.part);
    for (const row of record) {
      fillContainer(row, kinds.length > 1 ? { ...ctx, scope: { dong: 0, xh: 0 } } : ctx);
      out.push(row);
    }
  }
  return out;
}

/** A row one of whose cells continues a vertical merge (`<w:vMerge/>`, no `restart`). */
function continuesMerge(row: XmlElement, ctx: Context): boolean {
  for (const tc of childElements(row)) {
    if (!is(tc, ctx, "tc")) continue;
    const props = childElements(tc).find((e) => is(e, ctx, "tcPr"));
    const merge = props ? childElements(props).find((e) => is(e, ctx, "vMerge")) : undefined;
    if (merge && (attribute(merge, ctx.n.val) ?? "continue") === "continue") return true;
  }
  return false;
}

/** The kinds of row placeholder in some elements' paragraphs. */
function rowKindsIn(elements: readonly XmlElement[], ctx: Context): RowKind[] {
  const kinds = new Set<RowKind>();
  for (const el of elements) {
    const text = (is(el, ctx, "p") ? ownTexts(el, ctx) : ownTextsDeep(el, ctx)).map(textContent).join(is(el, ctx, "p") ? "" : "\n");
    for (const kind of rowKindsOf(text, ctx)) kinds.add(kind);
  }
  return [...kinds];
}

/** The kinds of row placeholder in a text. */
function rowKindsOf(text: string, ctx: Context): RowKind[] {
  return text.includes("{{") ? rowKindsOfTokens(placeholderTokens(text, ctx.resolve)) : [];
}

function rowKindsOfTokens(tokens: readonly PlaceholderToken[]): RowKind[] {
  const kinds: RowKind[] = [];
  for (const token of tokens) {
    const kind = token.name ? rowKindOf(token.name) : null;
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * The `w:t` of a paragraph, in order, without those of the text boxes it
 * anchors (their own paragraphs); the text boxes, in order, into `boxes`.
 * Plain recursion, no closure: this runs once per paragraph of the body.
 */
function ownTexts(el: XmlElement, ctx: Context, boxes?: XmlElement[], out: XmlElement[] = []): XmlElement[] {
  for (const e of el.children) {
    if (e.kind !== "element") continue;
    if (e.name === ctx.n.t) out.push(e);
    else if (e.name === ctx.n.txbxContent) boxes?.push(e);
    else if (e.name !== ctx.n.p) ownTexts(e, ctx, boxes, out);
  }
  return out;
}

/** Every `w:t` under an element but in text boxes (a row's text, its nested tables too). */
function ownTextsDeep(el: XmlElement, ctx: Context, out: XmlElement[] = []): XmlElement[] {
  for (const child of el.children) {
    if (child.kind !== "element") continue;
    if (child.name === ctx.n.t) out.push(child);
    else if (child.name !== ctx.n.txbxContent) ownTextsDeep(child, ctx, out);
  }
  return out;
}

/** Where a paragraph is, in words: its first words, as the officer will find them (*“Kính gửi: {{noi_nh…”*). */
function firstWords(text: string): string {
  const chars = [...text.slice(0, 200).replace(/\s+/g, " ").trim()];
  return `“${chars.slice(0, 32).join("")}${chars.length > 32 || text.length > 200 ? "…" : ""}”`;
}

/** What fillParagraph would read again, when its caller has read it already. */
interface ParagraphRead {
  readonly nodes: XmlElement[];
  readonly texts: string[];
  readonly full: string;
  readonly tokens: readonly PlaceholderToken[];
  readonly boxes: readonly XmlElement[];
}

function fillParagraph(p: XmlElement, ctx: Context, read?: ParagraphRead): void {
  let boxes = read?.boxes;
  let nodes = read?.nodes;
  if (!nodes || !boxes) {
    const found: XmlElement[] = [];
    nodes = ownTexts(p, ctx, found);
    boxes = found;
  }
  const texts = read?.texts ?? nodes.map(textContent);
  const full = read?.full ?? texts.join("");
  if (full.includes("{{") || full.includes("}}")) {
    // The place in words only where there is something to say (most paragraphs have none).
    let place: string | undefined;
    if (braceTypos(full).length > 0) ctx.issues.typos(full, (place ??= firstWords(full)), ctx.part);
    const tokens = read?.tokens ?? placeholderTokens(full, ctx.resolve);
    const starts: number[] = [];
    let at = 0;
    for (const t of texts) {
      starts.push(at);
      at += t.length;
    }
    // Each value found (and noted) in reading order, then written right to left: a replacement never moves the tokens still to do.
    const replacements: { token: PlaceholderToken; text: string }[] = [];
    for (const token of tokens) {
      if (!token.name) {
        ctx.issues.at((place ??= firstWords(full)), ctx.part)(token, undefined);
        continue;
      }
      const value = lookup(ctx, token.name);
      if (value.kind === "missing") ctx.issues.at((place ??= firstWords(full)), ctx.part)(token, value);
      const shown = valueAsText(value);
      replacements.push({ token, text: token.upper ? shown.toLocaleUpperCase("vi") : shown });
    }
    let changed: Map<XmlElement, string> | null = null;
    for (let r = replacements.length - 1; r >= 0; r--) {
      const { token, text } = replacements[r] as { token: PlaceholderToken; text: string };
      const first = nodeAt(starts, token.start);
      const last = nodeAt(starts, token.end - 1);
      const head = (texts[first] ?? "").slice(0, token.start - (starts[first] ?? 0));
      const tail = (texts[last] ?? "").slice(token.end - (starts[last] ?? 0));
      changed ??= new Map();
      for (let i = first + 1; i <= last; i++) {
        texts[i] = "";
        changed.set(nodes[i] as XmlElement, "");
      }
      texts[first] = head + text + (first === last ? tail : "");
      if (last > first) {
        texts[last] = tail;
        changed.set(nodes[last] as XmlElement, tail);
      }
      changed.set(nodes[first] as XmlElement, texts[first] as string);
    }
    if (changed) setTexts(p, changed, ctx);
  }
  // The text boxes the paragraph anchors, filled as paragraphs of their own, in the part named `text box`.
  for (const box of boxes) fillContainer(box, { ...ctx, part: "text box" });
}

/** The `w:t` whose text holds `offset` (the last starting at or before it: an empty one never holds it). */
function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
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
 * The new texts of some `w:t`, as text nodes: a line break in a value (the
 * recipients, one a line) becomes `w:br`, a tab `w:tab`, in the same run.
 * Plain recursion, a parent's children copied only where a `w:t` gains
 * siblings: this runs once per paragraph filled.
 */
function setTexts(el: XmlElement, texts: ReadonlyMap<XmlElement, string>, ctx: Context): void {
  let out: XmlNode[] | null = null;
  const children = el.children;
  for (let c = 0; c < children.length; c++) {
    const child = children[c] as XmlNode;
    if (child.kind !== "element") {
      out?.push(child);
      continue;
    }
    const text = texts.get(child);
    if (text === undefined) {
      if (child.name !== ctx.n.txbxContent) setTexts(child, texts, ctx);
      out?.push(child);
      continue;
    }
    const pieces = text.split(LINE_OR_TAB);
    child.children = [textNode(pieces[0] ?? "")];
    setAttribute(child, "xml:space", "preserve");
    if (pieces.length === 1) {
      out?.push(child);
      continue;
    }
    out ??= children.slice(0, c);
    out.push(child);
    for (let i = 1; i < pieces.length; i += 2) {
      const t = element(ctx.n.t, "", [textNode(pieces[i + 1] ?? "")]);
      setAttribute(t, "xml:space", "preserve");
      out.push(element(pieces[i] === "\t" ? ctx.n.tab : ctx.n.br), t);
    }
  }
  if (out) el.children = out;
}

const LINE_OR_TAB = /(\r\n|\r|\n|\t)/;
