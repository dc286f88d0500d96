/**
 * An `.xlsx` template's package made safe to hand on (SPEC §7: a template is
 * untrusted input): read part by part under the scoresheet reader's bounds
 * (template-package.ts, which refuses a bomb, a macro project or a DOCTYPE),
 * then what it would load from outside the file taken out of the copy, so
 * that no later reader — Excel's `insertWorksheetsFromBase64`, exceljs in
 * the command and the browser app — ever sees it:
 *
 * - links to other workbooks (`xl/externalLinks/*`, DDE links among them):
 *   the parts, `<externalReferences>`, their relationships and content types;
 * - defined names and cell formulas that reach outside when Excel computes
 *   them (`WEBSERVICE`, `RTD`, `FILTERXML` over a web answer, a reference
 *   into another workbook `[1]Sheet!A1`): the name goes, the cell keeps its
 *   last value (the calculation chain, which lists the cell, goes too: Excel
 *   builds it again); a conditional format or a data validation computing
 *   one goes whole;
 * - data connections (web queries, databases, Power Query) and their query
 *   tables, which Excel refreshes from outside; the tables keep their values;
 * - every other relationship to outside the file but a hyperlink (a linked
 *   picture, a linked OLE object), and its uses.
 *
 * What was removed is said once, each with its place (TEMPLATE_EXTERNAL_REMOVED).
 * One cleaner for the pane in Excel, the browser app and the command line.
 *
 * The parts are handled as text with a few patterns, not a DOM: a sheet may
 * hold millions of cells, and only what these patterns match is rewritten.
 */
import { zipSync } from "fflate";
import { makeIssue } from "../core/check/make-issue";
import type { Issue } from "../core/model/issue";
import type { TemplateOrigin } from "../workbook/ports/template-fill";
import type { ReadLimits } from "./read/limits";
import type { Inflater } from "./read/zip";
import { readTemplatePackage } from "./template-package";

export type CleanedTemplate =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly parts: ReadonlyMap<string, Uint8Array>; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issue: Issue };

export interface CleanOptions {
  readonly inflater?: Inflater;
  readonly limits?: ReadLimits;
}

/** Functions that fetch from outside when computed; FILTERXML is kept with them as the command line always has (it parses a WEBSERVICE's answer). */
const LOADING_FUNCTION = /\b(WEBSERVICE|RTD|FILTERXML)\s*\(/i;
/** A reference into another workbook as a file stores it (`[1]Sheet!A1`, `'[1]Sheet 1'!A1`, `[1]!name`) or unresolved (`[gia.xlsx]Sheet!A1`); not a table's column (`Table1[2020]`), nor `[0]`, the workbook itself. */
const OTHER_WORKBOOK = /\[([1-9]\d*|[^\]]*\.xl\w*)\](?:[^[\]!(),"]*'?)?!/i;
const EXTERNAL_LINK_TYPE = /\/externalLink$/;
const HYPERLINK_TYPE = /\/hyperlink$/;
const CALC_CHAIN = "xl/calcChain.xml";
/** Marks in `gone` that the workbook's <externalReferences> and its links' relationships must go (not a part). */
const EXTERNAL_REFERENCES = "<externalReferences>";

/**
 * The package of `bytes` (the template `file`), read under the limits and
 * with its outside links removed. `bytes` come back unchanged, not zipped
 * again, when there was nothing to remove.
 */
export function cleanXlsxTemplate(bytes: Uint8Array, file: string, options: CleanOptions = {}): CleanedTemplate {
  const pkg = readTemplatePackage(bytes, file, { mainPart: "xl/workbook.xml", ...options });
  if (!pkg.ok) return pkg;
  const parts = pkg.parts;
  const removed = removeOutsideLinks(parts);
  if (removed.length === 0) return { ok: true, bytes, parts, issues: [] };
  const issue = makeIssue("TEMPLATE_EXTERNAL_REMOVED", { file }, { what: [...new Set(removed)].join(", ") });
  return { ok: true, bytes: zipParts(parts), parts, issues: [issue] };
}

/**
 * A template's origin whose bytes are read once, cleaned, and handed on
 * cleaned to whatever fills it; the open workbook's own sheets (already the
 * user's) pass as they are. `origin` null when the package is refused.
 */
export async function cleanedOrigin(origin: TemplateOrigin, options: CleanOptions = {}): Promise<{ readonly origin: TemplateOrigin | null; readonly issues: readonly Issue[] }> {
  if (origin.kind !== "file") return { origin, issues: [] };
  const cleaned = cleanXlsxTemplate(new Uint8Array(await origin.read()), origin.file, options);
  if (!cleaned.ok) return { origin: null, issues: [cleaned.issue] };
  const { bytes } = cleaned;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { origin: { kind: "file", file: origin.file, read: () => Promise.resolve(buffer.slice(0)) }, issues: cleaned.issues };
}

/** Takes out of `parts` (in place) what would load from outside; says what went, each with its place. */
function removeOutsideLinks(parts: Map<string, Uint8Array>): string[] {
  const removed: string[] = [];
  const gone = new Set<string>();
  removed.push(...removeExternalLinkParts(parts, gone));
  const book = text(parts, "xl/workbook.xml");
  const names = removeLoadingNames(book);
  removed.push(...names.removed);
  let workbook = names.xml;
  if (!gone.has(EXTERNAL_REFERENCES) && /<(\w+:)?externalReferences\b/.test(workbook)) {
    // References with no link behind them: nothing to name but the kind.
    gone.add(EXTERNAL_REFERENCES);
    removed.push("externalLink");
  }
  if (gone.has(EXTERNAL_REFERENCES)) workbook = workbook.replace(/<(\w+:)?externalReferences\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?externalReferences>)/g, "");
  if (workbook !== book) parts.set("xl/workbook.xml", utf8(workbook));
  if (gone.has(EXTERNAL_REFERENCES)) editRels(parts, "xl/_rels/workbook.xml.rels", (type) => EXTERNAL_LINK_TYPE.test(type));
  const formulas = removeLoadingFormulas(parts, workbook);
  removed.push(...formulas);
  if (formulas.length > 0 && parts.has(CALC_CHAIN)) {
    parts.delete(CALC_CHAIN);
    gone.add(CALC_CHAIN);
    editRels(parts, "xl/_rels/workbook.xml.rels", (type) => /\/calcChain$/.test(type));
  }
  removed.push(...removeConnections(parts, gone));
  removed.push(...removeExternalRelationships(parts, sheetNamesByPart(parts, workbook)));
  if (gone.size > 0) {
    const types = text(parts, "[Content_Types].xml");
    // The removed parts' types, and any other external link's (a type left for a part no longer there).
    const kept = types.replace(/<(\w+:)?Override\b[^>]*?PartName\s*=\s*"\/?([^"]*)"[^>]*?(?:\/>|><\/\1?Override>)/g, (all, _p, name: string) =>
      gone.has(name) || (gone.has(EXTERNAL_REFERENCES) && /externalLink\+xml/.test(all)) ? "" : all,
    );
    if (kept !== types) parts.set("[Content_Types].xml", utf8(kept));
  }
  return removed;
}

/**
 * Every external link part, removed: those under `xl/externalLinks/` and any
 * other the workbook's relationships name as one (a hostile file may put it
 * elsewhere), with their own relationships; each link named by the workbook
 * or program it reaches.
 */
function removeExternalLinkParts(parts: Map<string, Uint8Array>, gone: Set<string>): string[] {
  const links = new Set([...parts.keys()].filter((name) => name.startsWith("xl/externalLinks/")));
  for (const rel of text(parts, "xl/_rels/workbook.xml.rels").match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const type = /\bType\s*=\s*"([^"]*)"/.exec(rel)?.[1] ?? "";
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(rel)?.[1];
    if (EXTERNAL_LINK_TYPE.test(type) && target && !/\bTargetMode\s*=\s*"External"/.test(rel)) links.add(partPath("xl/", unescape(target)));
  }
  const removed: string[] = [];
  for (const name of links) {
    const rels = name.replace(/([^/]+)$/, "_rels/$1.rels");
    if (parts.has(name) && !name.endsWith(".rels")) {
      const dde = /<(?:\w+:)?ddeLink\b[^>]*?ddeService\s*=\s*"([^"]*)"/.exec(text(parts, name));
      const target = /Target\s*=\s*"([^"]*)"/.exec(text(parts, rels));
      removed.push(dde ? `DDE "${unescape(dde[1] ?? "")}"` : `externalLink "${target ? fileNameOf(unescape(target[1] ?? "")) : name.replace(/^.*\//, "")}"`);
    }
    for (const part of [name, rels]) {
      if (!parts.delete(part)) continue;
      gone.add(part);
    }
  }
  // Said by the workbook's own links too when a link part was missing: its <externalReferences> still goes.
  if (links.size > 0 && removed.length === 0) removed.push("externalLink");
  if (links.size > 0) gone.add(EXTERNAL_REFERENCES);
  return removed;
}

/** A relationship's target as a part's name: relative to the folder of its source (`xl/`), or from the root (`/xl/…`). */
function partPath(folder: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

/** The defined names that load from outside, out of workbook.xml's text; each said by its function and name. */
function removeLoadingNames(xml: string): { readonly xml: string; readonly removed: string[] } {
  const removed: string[] = [];
  const out = xml.replace(/<(\w+:)?definedName\b([^>]*)>([^<]*)<\/\1?definedName>/g, (all, _p, attrs: string, formula: string) => {
    const kind = loadingKind(unescape(formula));
    if (!kind) return all;
    removed.push(`${kind} "${unescape(/\bname\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? "")}"`);
    return "";
  });
  // A <definedNames> left empty is not valid: it goes too.
  return { xml: out.replace(/<(\w+:)?definedNames\b[^>]*>\s*<\/\1?definedNames>/g, ""), removed };
}

function loadingKind(formula: string): string | null {
  const call = LOADING_FUNCTION.exec(formula);
  if (call) return (call[1] ?? "").toUpperCase();
  return OTHER_WORKBOOK.test(formula) ? "externalLink" : null;
}

/**
 * Each worksheet's cell formulas that load from outside: the `<f>` goes, the
 * cached value stays; a shared formula's followers go with their master.
 * Says each by its sheet and cell (`Biên bản!C5`).
 */
function removeLoadingFormulas(parts: Map<string, Uint8Array>, workbook: string): string[] {
  const removed: string[] = [];
  const sheetNames = sheetNamesByPart(parts, workbook);
  for (const name of [...parts.keys()]) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = text(parts, name);
    // Most sheets hold nothing of the kind: one pass over the text tells.
    if (!LOADING_FUNCTION.test(xml) && !OTHER_WORKBOOK.test(xml)) continue;
    const shared = new Set<string>();
    const sheet = sheetNames.get(name) ?? name;
    const rules = removeLoadingRules(xml, sheet);
    removed.push(...rules.removed);
    const cell = /<(\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?c>)/g;
    const out = rules.xml.replace(cell, (all, p: string | undefined, attrs: string, body: string | undefined) => {
      if (!body) return all;
      const f = new RegExp(`<${p ?? ""}f\\b([^>]*?)(?:/>|>([^<]*)</${p ?? ""}f>)`).exec(body);
      if (!f) return all;
      const fAttrs = f[1] ?? "";
      const si = /\bt\s*=\s*"shared"/.test(fAttrs) ? /\bsi\s*=\s*"(\d+)"/.exec(fAttrs)?.[1] : undefined;
      const kind = loadingKind(unescape(f[2] ?? ""));
      const follower = si !== undefined && shared.has(si) && !f[2];
      if (!kind && !follower) return all;
      if (kind) {
        removed.push(`${kind} ${sheet}!${/\br\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? "?"}`);
        if (si !== undefined) shared.add(si);
      }
      const kept = all.replace(f[0], "");
      // A formula's text result (`t="str"`) without its formula is written as the text it showed.
      const str = /^(<(?:\w+:)?c\b[^>]*?)\bt\s*=\s*"str"([^>]*>)[\s\S]*?<(\w+:)?v>([^<]*)<\/\3?v>/.exec(kept);
      return str ? `${str[1]}t="inlineStr"${str[2]}<${p ?? ""}is><${p ?? ""}t xml:space="preserve">${str[4]}</${p ?? ""}t></${p ?? ""}is></${p ?? ""}c>` : kept;
    });
    if (out !== xml) parts.set(name, utf8(out));
  }
  return removed;
}

/**
 * A sheet's conditional formats and data validations whose formulas load
 * from outside (Excel computes them as the sheet is shown or edited, in the
 * sheet's own elements and in their 2010 extensions): each such format or
 * validation goes whole — it has no last value to keep — said by the range
 * it covered (`WEBSERVICE Biên bản!A2:A9`).
 */
function removeLoadingRules(xml: string, sheet: string): { readonly xml: string; readonly removed: string[] } {
  const removed: string[] = [];
  const drop = (all: string, _p: string | undefined, attrs: string) => {
    const kind = loadingKind(unescape(all));
    if (!kind) return all;
    const range = /\bsqref\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? /<(?:\w+:)?sqref>([^<]*)</.exec(all)?.[1] ?? "?";
    removed.push(`${kind} ${sheet}!${range}`);
    return "";
  };
  let out = xml;
  for (const element of ["conditionalFormatting", "dataValidation"]) {
    out = out.replace(new RegExp(`<(\\w+:)?${element}\\b([^>]*?)(?:/>|>[\\s\\S]*?</\\1?${element}>)`, "g"), drop);
  }
  if (out === xml) return { xml, removed };
  // A list of validations left empty goes; one left shorter says its new count.
  out = out.replace(/<(\w+:)?dataValidations\b([^>]*?)>([\s\S]*?)<\/\1?dataValidations>/g, (all, p: string | undefined, attrs: string, body: string) => {
    const count = (body.match(new RegExp(`<${p ?? ""}dataValidation\\b`, "g")) ?? []).length;
    return count === 0 ? "" : `<${p ?? ""}dataValidations${attrs.replace(/\bcount\s*=\s*"\d*"/, `count="${count}"`)}>${body}</${p ?? ""}dataValidations>`;
  });
  return { xml: out, removed };
}

/**
 * The workbook's data connections (a web query, a database, Power Query:
 * `xl/connections.xml`) and the query tables they fill, which Excel
 * refreshes from outside: removed, with their relationships; a table a
 * query filled stays as a plain table holding its last values. Said by
 * each connection's name.
 */
function removeConnections(parts: Map<string, Uint8Array>, gone: Set<string>): string[] {
  const connections = "xl/connections.xml";
  const queries = [...parts.keys()].filter((name) => name.startsWith("xl/queryTables/"));
  if (!parts.has(connections) && queries.length === 0) return [];
  const named = (text(parts, connections).match(/<(?:\w+:)?connection\b[^>]*>/g) ?? []).map((c) => `connection "${unescape(/\bname\s*=\s*"([^"]*)"/.exec(c)?.[1] ?? "")}"`);
  for (const name of [connections, ...queries]) if (parts.delete(name)) gone.add(name);
  for (const name of [...parts.keys()]) {
    if (name.endsWith(".rels")) editRels(parts, name, (type) => /\/(connections|queryTable)$/.test(type));
    else if (/^xl\/tables\/[^/]+\.xml$/.test(name)) {
      const xml = text(parts, name);
      const plain = xml.replace(/\s(tableType\s*=\s*"queryTable"|connectionId\s*=\s*"[^"]*"|queryTableFieldId\s*=\s*"[^"]*")/g, "");
      if (plain !== xml) parts.set(name, utf8(plain));
    }
  }
  return named.length > 0 ? named : ["connection"];
}

/** Each worksheet part's sheet name, by workbook.xml's `<sheet r:id>` and its relationships. */
function sheetNamesByPart(parts: ReadonlyMap<string, Uint8Array>, workbook: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of text(parts, "xl/_rels/workbook.xml.rels").match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = /\bId\s*=\s*"([^"]*)"/.exec(rel)?.[1];
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(rel)?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const sheet of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = /\bname\s*=\s*"([^"]*)"/.exec(sheet)?.[1];
    const id = /\b\w+:id\s*=\s*"([^"]*)"/.exec(sheet)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, unescape(name));
  }
  return names;
}

/**
 * Every relationship to outside the file but a hyperlink (which loads
 * nothing until clicked), out of its `.rels`; the attributes of its source
 * part that use it (`r:link`, `r:id`) go too. Said by kind and part.
 */
function removeExternalRelationships(parts: Map<string, Uint8Array>, sheetNames: ReadonlyMap<string, string>): string[] {
  const removed: string[] = [];
  for (const name of [...parts.keys()]) {
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const ids = editRels(parts, name, (type, rel) => /\bTargetMode\s*=\s*"External"/.test(rel) && !HYPERLINK_TYPE.test(type), (type) => removed.push(`${type.replace(/^.*\//, "")} ${sheetNames.get(`${m[1]}${m[2]}`) ?? `${m[1]}${m[2]}`}`));
    if (ids.size === 0) continue;
    const source = `${m[1]}${m[2]}`;
    const xml = text(parts, source);
    if (!xml) continue;
    const out = xml.replace(/\s[\w.-]+:[\w.-]+\s*=\s*"([^"]*)"/g, (all, value: string) => (ids.has(value) ? "" : all));
    if (out !== xml) parts.set(source, utf8(out));
  }
  return removed;
}

/** The relationships of a `.rels` part that `drop` picks, removed; their ids. */
function editRels(parts: Map<string, Uint8Array>, name: string, drop: (type: string, rel: string) => boolean, each?: (type: string) => void): Set<string> {
  const ids = new Set<string>();
  const xml = text(parts, name);
  if (!xml) return ids;
  const out = xml.replace(/<(\w+:)?Relationship\b[^>]*?(?:\/>|>[^<]*<\/\1?Relationship>)/g, (rel) => {
    const type = /\bType\s*=\s*"([^"]*)"/.exec(rel)?.[1] ?? "";
    if (!drop(type, rel)) return rel;
    ids.add(/\bId\s*=\s*"([^"]*)"/.exec(rel)?.[1] ?? "");
    each?.(type);
    return "";
  });
  if (out !== xml) parts.set(name, utf8(out));
  return ids;
}

function zipParts(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 6 }]> = {};
  for (const [name, data] of parts) files[name] = [data, { level: 6 }];
  return zipSync(files);
}

function fileNameOf(target: string): string {
  return target.replace(/^.*[\\/]/, "") || target;
}

// Made when first needed, not on import: the pane's module graph is loaded where these globals may be missing (jsdom).
let decoder: TextDecoder | undefined;
let encoder: TextEncoder | undefined;

function text(parts: ReadonlyMap<string, Uint8Array>, name: string): string {
  const data = parts.get(name);
  return data ? (decoder ??= new TextDecoder("utf-8")).decode(data) : "";
}

function utf8(xml: string): Uint8Array {
  return (encoder ??= new TextEncoder()).encode(xml);
}

/** XML's five escapes and character references, enough to read a formula or a name. */
function unescape(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (all, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (e[0] !== "#") return named[e.toLowerCase()] ?? all;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}
