/**
 * What a .docx template would load from outside the file (SPEC §7): an
 * attached template on the web, a linked image, a sub-document, a frame,
 * an `INCLUDETEXT`/`INCLUDEPICTURE`/`DDE`/`LINK` field. The filled copy
 * keeps none of them: Word would fetch them (or start another program) when
 * the officer opens it. Hyperlinks stay: they load nothing until clicked.
 */
import { W } from "./wml";
import { attribute, attributes, parseXml, prefixOf, removeAttribute, rootOf, textContent, type XmlElement, type XmlNode } from "./xml-tree";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const LOADING_FIELD = /^\s*(INCLUDETEXT|INCLUDEPICTURE|INCLUDE|DDEAUTO|DDE|LINK|IMPORT|DATABASE)\b/i;

/**
 * Removes them from `docs` (the parts already parsed, and any other part
 * whose relationships had one, parsed here and added), and says what kinds
 * were removed (`attachedTemplate`, `image`, `INCLUDETEXT`).
 */
export function removeExternalLinks(parts: ReadonlyMap<string, Uint8Array>, docs: Map<string, XmlNode[]>): string[] {
  const decoder = new TextDecoder("utf-8");
  const removed = new Set<string>();
  const docOf = (name: string): XmlNode[] | undefined => {
    let doc = docs.get(name);
    const bytes = parts.get(name);
    if (!doc && bytes) {
      doc = parseXml(decoder.decode(bytes));
      docs.set(name, doc);
    }
    return doc;
  };
  for (const name of [...parts.keys()]) {
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m || !/TargetMode\s*=\s*["']External/i.test(decoder.decode(parts.get(name)))) continue;
    const root = rootOf(docOf(name) as XmlNode[]);
    const ids = new Set<string>();
    root.children = root.children.filter((rel) => {
      if (rel.kind !== "element" || !/(^|:)Relationship$/.test(rel.name)) return true;
      const type = attribute(rel, "Type") ?? "";
      if (attribute(rel, "TargetMode") !== "External" || /\/hyperlink$/.test(type)) return true;
      ids.add(attribute(rel, "Id") ?? "");
      removed.add(type.replace(/^.*\//, ""));
      return false;
    });
    const source = docOf(`${m[1]}${m[2]}`);
    if (ids.size > 0 && source) unlink(rootOf(source), prefixOf(rootOf(source), R, "r"), ids);
  }
  for (const doc of docs.values()) {
    const root = rootOf(doc);
    for (const kind of removeLoadingFields(root, prefixOf(root, W, "w"))) removed.add(kind);
  }
  return [...removed];
}

/** Each use of a removed relationship: an element it names (`r:id`) goes, an image link (`r:link`, `r:embed`) loses it. */
function unlink(el: XmlElement, r: string, ids: ReadonlySet<string>): void {
  el.children = el.children.filter((child) => {
    if (child.kind !== "element") return true;
    for (const [name, value] of attributes(child)) {
      if (!name.startsWith(`${r}:`) || !ids.has(value)) continue;
      if (name === `${r}:id`) return false;
      removeAttribute(child, name);
    }
    unlink(child, r, ids);
    return true;
  });
}

/**
 * Fields that load: a simple field is replaced by its last result; a
 * complex one (`w:fldChar` begin … separate … end) keeps its result and
 * loses its instruction, read across all its `w:instrText` (Word splits it).
 */
function removeLoadingFields(root: XmlElement, w: string): string[] {
  const found: string[] = [];
  const stack: XmlElement[][] = [];
  const [fldSimple, instrAttr, fldChar, charType, instrText] = ["fldSimple", "instr", "fldChar", "fldCharType", "instrText"].map((n) => `${w}:${n}`);
  const walk = (el: XmlElement) => {
    // Rebuilt only where a simple field gives way to its result: a 200,000-paragraph body is walked, not copied.
    if (!el.children.some((c) => c.kind === "element" && c.name === fldSimple && LOADING_FIELD.test(attribute(c, instrAttr as string) ?? ""))) {
      for (const child of el.children) if (child.kind === "element") visit(child);
      return;
    }
    el.children = el.children.flatMap((child): XmlNode[] => {
      if (child.kind !== "element") return [child];
      const m = child.name === fldSimple ? LOADING_FIELD.exec(attribute(child, instrAttr as string) ?? "") : null;
      if (!m) {
        visit(child);
        return [child];
      }
      found.push((m[1] as string).toUpperCase());
      walk(child);
      return child.children;
    });
  };
  const visit = (child: XmlElement) => {
    if (child.name === instrText) {
      stack[stack.length - 1]?.push(child);
      return;
    }
    if (child.name !== fldChar) {
      walk(child);
      return;
    }
    const type = attribute(child, charType as string);
    if (type === "begin") stack.push([]);
    else if (type === "separate" || type === "end") {
      const instr = type === "end" ? stack.pop() : stack[stack.length - 1];
      const m = instr && instr.length > 0 ? LOADING_FIELD.exec(instr.map(textContent).join("")) : null;
      if (m && instr) {
        found.push((m[1] as string).toUpperCase());
        for (const t of instr) t.children = [];
      }
      if (type === "separate" && instr) instr.length = 0;
    }
  };
  walk(root);
  return found;
}
