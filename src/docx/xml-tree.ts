/**
 * A small XML tree for the parts of a .docx template: elements, text, and
 * everything else (the declaration, comments) kept verbatim. A general DOM
 * (xmldom) took 22 s and 1.1 GB to parse a 200,000-paragraph body; this one
 * reads and writes it in well under a second, because it keeps what it does
 * not change as the bytes it read: attributes as their raw text, text as its
 * escaped form. Only what the fill writes is escaped anew.
 *
 * Untrusted input: a DOCTYPE or any other `<!…>` declaration is refused
 * (the package reader already refuses them; this is the second lock), so no
 * entity is ever expanded; a tag that does not close, or closes another, is
 * refused as damaged XML.
 */

export interface XmlElement {
  readonly kind: "element";
  /** The qualified name as written: `w:p`. */
  readonly name: string;
  /** The attributes as written, with their leading space. */
  attrs: string;
  children: XmlNode[];
  readonly selfClosing: boolean;
}

export interface XmlText {
  readonly kind: "text";
  /** As written in the file (escaped). */
  raw: string;
}

/** The declaration, a comment, a processing instruction: written back as read. */
export interface XmlRaw {
  readonly kind: "raw";
  readonly raw: string;
}

export type XmlNode = XmlElement | XmlText | XmlRaw;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

// `<!-{2}`, not the comment opener written out: the browser app inlines this code into its page, where that sequence may not stand (scripts/webpack/inline-page.cjs).
const TOKEN = /<!-{2}[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!([^>]*)>|<\/([^\s>]+)\s*>|<([^\s>/!?]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** The part's nodes at the top level (the declaration, then the root element). */
export function parseXml(xml: string): XmlNode[] {
  const top: XmlNode[] = [];
  const stack: XmlElement[] = [];
  // Where the next node goes (no closure: this runs for every paragraph of a long body).
  let into = top;
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m.index > at) into.push({ kind: "text", raw: xml.slice(at, m.index) });
    at = TOKEN.lastIndex;
    const [whole, cdata, declaration, close, open, attrs, slash] = m;
    if (cdata !== undefined) into.push({ kind: "text", raw: escapeText(cdata) });
    else if (declaration !== undefined) throw new XmlError("a declaration (DOCTYPE, ENTITY) in a part");
    else if (close !== undefined) {
      const element = stack.pop();
      if (!element || element.name !== close) throw new XmlError(`</${close}> closes ${element ? `<${element.name}>` : "nothing"}`);
      into = stack.length > 0 ? (stack[stack.length - 1] as XmlElement).children : top;
    } else if (open !== undefined) {
      const element: XmlElement = { kind: "element", name: open, attrs: attrs ?? "", children: [], selfClosing: slash === "/" };
      into.push(element);
      if (slash !== "/") {
        stack.push(element);
        into = element.children;
      }
    } else into.push({ kind: "raw", raw: whole });
  }
  if (at < xml.length) {
    const rest = xml.slice(at);
    if (rest.includes("<")) throw new XmlError("a tag that does not end");
    into.push({ kind: "text", raw: rest });
  }
  if (stack.length > 0) throw new XmlError(`<${(stack[stack.length - 1] as XmlElement).name}> is not closed`);
  return top;
}

export function serializeXml(nodes: readonly XmlNode[]): string {
  const out: string[] = [];
  writeNodes(nodes, out);
  return out.join("");
}

function writeNodes(nodes: readonly XmlNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.kind !== "element") out.push(node.raw);
    else if (node.selfClosing && node.children.length === 0) out.push(`<${node.name}${node.attrs}/>`);
    else {
      out.push(`<${node.name}${node.attrs}>`);
      writeNodes(node.children, out);
      out.push(`</${node.name}>`);
    }
  }
}

export function rootOf(nodes: readonly XmlNode[]): XmlElement {
  const root = nodes.find((n): n is XmlElement => n.kind === "element");
  if (!root) throw new XmlError("no root element");
  return root;
}

export function element(name: string, attrs = "", children: XmlNode[] = []): XmlElement {
  return { kind: "element", name, attrs, children, selfClosing: children.length === 0 };
}

export function textNode(text: string): XmlText {
  return { kind: "text", raw: escapeText(text) };
}

/** A deep copy (a repeated row, a repeated paragraph). */
export function cloneElement(el: XmlElement): XmlElement {
  return { ...el, children: el.children.map((c) => (c.kind === "element" ? cloneElement(c) : { ...c })) };
}

export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === "element");
}

/** The text an element holds, unescaped. */
export function textContent(el: XmlElement): string {
  let out = "";
  for (const c of el.children) out += c.kind === "text" ? unescapeXml(c.raw) : c.kind === "element" ? textContent(c) : "";
  return out;
}

/** An attribute's value, unescaped; undefined when absent. */
export function attribute(el: XmlElement, name: string): string | undefined {
  const m = attributePattern(name).exec(el.attrs);
  return m ? unescapeXml(m[2] ?? m[3] ?? "") : undefined;
}

export function removeAttribute(el: XmlElement, name: string): void {
  el.attrs = el.attrs.replace(attributePattern(name), "");
}

export function setAttribute(el: XmlElement, name: string, value: string): void {
  removeAttribute(el, name);
  el.attrs += ` ${name}="${escapeText(value).replace(/"/g, "&quot;")}"`;
}

/** Every attribute as written: `[qualified name, value]`. */
export function attributes(el: XmlElement): [string, string][] {
  return [...el.attrs.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1] as string, unescapeXml(m[2] ?? m[3] ?? "")]);
}

/** The prefix a part's root binds to a namespace (`w` for WordprocessingML); `fallback` where it binds none. */
export function prefixOf(root: XmlElement, namespace: string, fallback: string): string {
  for (const [name, value] of attributes(root)) if (value === namespace && name.startsWith("xmlns:")) return name.slice(6);
  return fallback;
}

const patterns = new Map<string, RegExp>();
function attributePattern(name: string): RegExp {
  let p = patterns.get(name);
  if (!p) {
    p = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    patterns.set(name, p);
  }
  return p;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };

function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e] ?? whole;
  });
}

/** Where a root's child element (`w:body`) holds its own children, found without building any node. */
export interface ChildSpans {
  /** The root element, with no children (its name and attributes, for the prefixes it binds). */
  readonly root: XmlElement;
  /** The child's name as written (`w:body`). */
  readonly name: string;
  /** Where its content starts and ends in the text. */
  readonly start: number;
  readonly end: number;
  /** Its own children's ranges, as pairs `[from, to)` in reading order (text between them is not listed). */
  readonly spans: readonly number[];
}

/**
 * The children of the root's first child named `local` (any prefix), as
 * ranges of the text, checked as parseXml checks (no declaration, every tag
 * closed by its own): a 200,000-paragraph body is then filled one child at a
 * time, and the children holding nothing to fill are copied as read. Null
 * when the root has no such child.
 */
export function childSpans(xml: string, local: string): ChildSpans | null {
  const names: string[] = [];
  const spans: number[] = [];
  let root: XmlElement | null = null;
  let inside: { name: string; start: number; end: number } | null = null;
  let bodyDepth = -1;
  let from = -1;
  const isLocal = (name: string) => name === local || name.endsWith(`:${local}`);
  TOKEN.lastIndex = 0;
  let at = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    at = TOKEN.lastIndex;
    const [, cdata, declaration, close, open, attrs, slash] = m;
    if (declaration !== undefined) throw new XmlError("a declaration (DOCTYPE, ENTITY) in a part");
    if (cdata !== undefined) continue;
    if (close !== undefined) {
      const name = names.pop();
      if (name !== close) throw new XmlError(`</${close}> closes ${name ? `<${name}>` : "nothing"}`);
      if (names.length === bodyDepth && inside && inside.end < 0) inside.end = m.index;
      else if (bodyDepth >= 0 && names.length === bodyDepth + 1 && from >= 0) {
        spans.push(from, at);
        from = -1;
      }
      continue;
    }
    if (open === undefined) continue;
    if (!root) root = element(open, attrs ?? "");
    if (names.length === 1 && !inside && isLocal(open) && slash !== "/") {
      inside = { name: open, start: at, end: -1 };
      bodyDepth = 1;
    } else if (inside && inside.end < 0 && names.length === bodyDepth + 1) {
      if (slash === "/") spans.push(m.index, at);
      else from = m.index;
    }
    if (slash !== "/") names.push(open);
  }
  if (xml.slice(at).includes("<")) throw new XmlError("a tag that does not end");
  if (names.length > 0) throw new XmlError(`<${names[names.length - 1] as string}> is not closed`);
  return root && inside && inside.end >= 0 ? { root, name: inside.name, start: inside.start, end: inside.end, spans } : null;
}
