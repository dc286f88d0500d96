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
 * The external relationships of every part, removed from their `.rels`
 * (parsed into `docs`), and what kinds they were (`attachedTemplate`,
 * `image`); the ids each source part must then lose (removeExternalUses).
 */
export function removeExternalRelationships(parts: ReadonlyMap<string, Uint8Array>, docs: Map<string, XmlNode[]>): { readonly removed: Set<string>; readonly ids: Map<string, Set<string>> } {
  const decoder = new TextDecoder("utf-8");
  const removed = new Set<string>();
  const idsBySource = new Map<string, Set<string>>();
  for (const name of [...parts.keys()]) {
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
    const text = m ? decoder.decode(parts.get(name)) : "";
    if (!m || !/TargetMode\s*=\s*["']External/i.test(text)) continue;
    const doc = parseXml(text);
    docs.set(name, doc);
    const root = rootOf(doc);
    const ids = new Set<string>();
    root.children = root.children.filter((rel) => {
      if (rel.kind !== "element" || !/(^|:)Relationship$/.test(rel.name)) return true;
      const type = attribute(rel, "Type") ?? "";
      if (attribute(rel, "TargetMode") !== "External" || /\/hyperlink$/.test(type)) return true;
      ids.add(attribute(rel, "Id") ?? "");
      removed.add(type.replace(/^.*\//, ""));
      return false;
    });
    if (ids.size > 0) idsBySource.set(`${m[1]}${m[2]}`, ids);
  }
  return { removed, ids: idsBySource };
}

/** The prefixes a part's root binds to WordprocessingML and to relationships. */
export function linkPrefixes(root: XmlElement): { readonly w: string; readonly r: string } {
  return { w: prefixOf(root, W, "w"), r: prefixOf(root, R, "r") };
}

/**
 * Under `el` (a part's root, or a run of a body's children with the whole
 * of each field they hold): each use of a removed relationship, and each
 * field that loads; says which fields were removed (`INCLUDETEXT`).
 */
export function removeExternalUses(el: XmlElement, prefixes: { readonly w: string; readonly r: string }, ids: ReadonlySet<string> | undefined): string[] {
  if (ids && ids.size > 0) unlink(el, prefixes.r, ids);
  return removeLoadingFields(el, prefixes.w);
}

/** The fields begun minus those ended under some nodes: above zero, a field goes on past them. */
export function openFields(nodes: readonly XmlNode[], w: string): number {
  const fldChar = `${w}:fldChar`;
  const type = `${w}:fldCharType`;
  let open = 0;
  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (node.kind !== "element") continue;
      if (node.name === fldChar) {
        const t = attribute(node, type);
        open += t === "begin" ? 1 : t === "end" ? -1 : 0;
      } else walk(node.children);
    }
  };
  walk(nodes);
  return open;
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
