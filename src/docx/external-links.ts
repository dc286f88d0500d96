/**
 * What a .docx template would load from outside the file (SPEC §7): an
 * attached template on the web, a linked image, a sub-document, a frame,
 * an `INCLUDETEXT`/`INCLUDEPICTURE`/`DDE`/`LINK` field. The filled copy
 * keeps none of them: Word would fetch them (or start another program) when
 * the officer opens it. Hyperlinks stay: they load nothing until clicked.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { isW, W } from "./wml";

const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const LOADING_FIELD = /^\s*(INCLUDETEXT|INCLUDEPICTURE|INCLUDE|DDEAUTO|DDE|LINK|IMPORT|DATABASE)\b/i;

/**
 * Removes them from `docs` (the parts already parsed, and any other part
 * whose relationships had one, parsed here and added), and says what kinds
 * were removed (`attachedTemplate`, `image`, `INCLUDETEXT`).
 */
export function removeExternalLinks(parts: ReadonlyMap<string, Uint8Array>, docs: Map<string, Document>, parse: (xml: string) => Document): string[] {
  const decoder = new TextDecoder("utf-8");
  const removed = new Set<string>();
  const docOf = (name: string): Document | undefined => {
    let doc = docs.get(name);
    const bytes = parts.get(name);
    if (!doc && bytes) {
      doc = parse(decoder.decode(bytes));
      docs.set(name, doc);
    }
    return doc;
  };
  for (const name of [...parts.keys()]) {
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const bytes = parts.get(name) as Uint8Array;
    const text = decoder.decode(bytes);
    if (!/TargetMode\s*=\s*["']External/i.test(text)) continue;
    const rels = docOf(name) as Document;
    const ids = new Set<string>();
    for (const rel of [...elements(rels, REL, "Relationship")]) {
      const type = rel.getAttribute("Type") ?? "";
      if (rel.getAttribute("TargetMode") !== "External" || /\/hyperlink$/.test(type)) continue;
      ids.add(rel.getAttribute("Id") ?? "");
      removed.add(type.replace(/^.*\//, ""));
      rel.parentNode?.removeChild(rel);
    }
    const source = docOf(`${m[1]}${m[2]}`);
    if (ids.size > 0 && source) unlink(source, ids);
  }
  for (const doc of docs.values()) for (const kind of removeLoadingFields(doc)) removed.add(kind);
  return [...removed];
}

function elements(doc: Document, ns: string, local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, local) as unknown as ArrayLike<Element>);
}

/** Each use of a removed relationship: an element it names (`r:id`) goes, an image link (`r:link`) loses its link. */
function unlink(doc: Document, ids: ReadonlySet<string>): void {
  for (const el of elements(doc, "*", "*")) {
    for (const attr of Array.from(el.attributes as unknown as ArrayLike<{ namespaceURI: string | null; localName: string; value: string; name: string }>)) {
      if (attr.namespaceURI !== R || !ids.has(attr.value)) continue;
      if (attr.localName === "id") el.parentNode?.removeChild(el);
      else el.removeAttribute(attr.name);
    }
  }
}

/**
 * Fields that load: a simple field is replaced by its last result; a
 * complex one (`w:fldChar` begin … separate … end) keeps its result and
 * loses its instruction, read across all its `w:instrText` (Word splits it).
 */
function removeLoadingFields(doc: Document): string[] {
  const found: string[] = [];
  for (const field of elements(doc, W, "fldSimple")) {
    const instr = field.getAttributeNS(W, "instr") ?? "";
    const m = LOADING_FIELD.exec(instr);
    if (!m) continue;
    found.push((m[1] as string).toUpperCase());
    while (field.firstChild) field.parentNode?.insertBefore(field.firstChild, field);
    field.parentNode?.removeChild(field);
  }
  const stack: Element[][] = [];
  for (const el of elements(doc, W, "*")) {
    if (isW(el, "fldChar")) {
      const type = el.getAttributeNS(W, "fldCharType");
      if (type === "begin") stack.push([]);
      else if (type === "separate" || type === "end") {
        const instr = type === "end" ? stack.pop() : stack[stack.length - 1];
        if (!instr) continue;
        const m = LOADING_FIELD.exec(instr.map((t) => t.textContent ?? "").join(""));
        if (m && instr.length > 0) {
          found.push((m[1] as string).toUpperCase());
          for (const t of instr) while (t.firstChild) t.removeChild(t.firstChild);
        }
        if (type === "separate") instr.length = 0;
      }
    } else if (isW(el, "instrText")) stack[stack.length - 1]?.push(el);
  }
  return found;
}
