/**
 * One careful pass over a part's XML (docs/DECISIONS.md, D1): the start tags, end tags
 * and text of a document, for the few parts of an `.xlsx` the domain reads.
 * No DOM, no event objects, no entity expansion beyond XML's five and
 * character references (a DTD is refused, so no entity can grow), and no
 * stack (nesting costs nothing).
 */

export interface XmlHandler {
  /** A start tag: its local name (prefix dropped), and the tag's text for `attr`. */
  open(name: string, tag: XmlTag): void;
  /** An end tag, or the end of a self-closing one. */
  close(name: string): void;
  /** Text between tags, entities decoded; only called while `wantsText` is true (a handler turns it on and off). */
  text(text: string): void;
  wantsText: boolean;
}

/**
 * A start tag's attributes, read lazily: most tags' are never asked for. One
 * per scan, moved from tag to tag: valid only inside `open`.
 */
export class XmlTag {
  /** @internal */ xml = "";
  /** @internal */ start = 0;
  /** @internal */ end = 0;
  /** @internal Whether this tag's attributes are in the ranges below yet. */ parsed = false;
  // Each attribute's local name and value (inside its quotes) as ranges of `xml`, reused from tag to tag.
  private count = 0;
  private readonly ranges: number[] = [];

  /** The value of attribute `name` (matched on its local name, a prefix dropped), entities decoded; undefined when absent. */
  attr(name: string): string | undefined {
    if (!this.parsed) this.parse();
    const { xml, ranges } = this;
    for (let i = 0; i < this.count; i++) {
      const at = 4 * i;
      const nameStart = ranges[at] as number;
      if ((ranges[at + 1] as number) - nameStart === name.length && xml.startsWith(name, nameStart)) {
        return decodeEntities(xml.slice(ranges[at + 2], ranges[at + 3]));
      }
    }
    return undefined;
  }

  /** One pass over the tag's attributes, `name = "value"` or `name='value'`. */
  private parse(): void {
    const { xml, end, ranges } = this;
    this.parsed = true;
    this.count = 0;
    let at = this.start;
    while (at < end) {
      let eq = at;
      while (eq < end && xml.charCodeAt(eq) !== EQ) eq++;
      if (eq >= end) return;
      let nameEnd = eq;
      while (nameEnd > at && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      let nameStart = nameEnd;
      while (nameStart > at && !isSpace(xml.charCodeAt(nameStart - 1))) nameStart--;
      for (let i = nameEnd - 1; i >= nameStart; i--) {
        if (xml.charCodeAt(i) === COLON) {
          nameStart = i + 1;
          break;
        }
      }
      let q = eq + 1;
      while (q < end && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml.charCodeAt(q);
      if (quote !== DQ && quote !== SQ) return;
      let close = q + 1;
      while (close < end && xml.charCodeAt(close) !== quote) close++;
      if (close >= end) return;
      const slot = 4 * this.count++;
      ranges[slot] = nameStart;
      ranges[slot + 1] = nameEnd;
      ranges[slot + 2] = q + 1;
      ranges[slot + 3] = close;
      at = close + 1;
    }
  }
}

/** Thrown for XML that cannot be a workbook's part: the file is damaged (or made so). */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const SLASH = 47;
const GT = 62;
const DQ = 34;
const SQ = 39;
const EQ = 61;
const COLON = 58;
const BANG = 33;
const QUESTION = 63;

/** Scans `xml` once, calling `handler` for each tag and (when wanted) each text. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  const tag = new XmlTag();
  tag.xml = xml;
  let at = 0;
  while (at < n) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) break;
    if (lt > at && handler.wantsText) handler.text(decodeEntities(lineEnds(xml.slice(at, lt))));
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG) {
      at = special(xml, lt, handler);
      continue;
    }
    if (next === QUESTION) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("an unfinished processing instruction");
      at = end + 2;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (next === SLASH) {
      let nameEnd = lt + 2;
      while (nameEnd < gt && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      handler.close(localName(xml, lt + 2, nameEnd));
    } else {
      const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
      const end = selfClosing ? gt - 1 : gt;
      let nameEnd = lt + 1;
      while (nameEnd < end && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      const name = localName(xml, lt + 1, nameEnd);
      tag.start = nameEnd;
      tag.end = end;
      tag.parsed = false;
      handler.open(name, tag);
      if (selfClosing) handler.close(name);
    }
    at = gt + 1;
  }
}

/** Comments are skipped, CDATA is text, a DOCTYPE is refused: no part of a workbook has one, and a bomb's entities live there. */
function special(xml: string, lt: number, handler: XmlHandler): number {
  // Two tests, not the comment opener written out: the browser app inlines this code into its page, where that sequence may not stand.
  if (xml.startsWith("<!", lt) && xml.startsWith("--", lt + 2)) {
    const end = xml.indexOf("-->", lt + 4);
    if (end < 0) throw new XmlError("an unfinished comment");
    return end + 3;
  }
  if (xml.startsWith("<![CDATA[", lt)) {
    const end = xml.indexOf("]]>", lt + 9);
    if (end < 0) throw new XmlError("an unfinished CDATA section");
    if (handler.wantsText) handler.text(lineEnds(xml.slice(lt + 9, end)));
    return end + 3;
  }
  throw new XmlError("a DOCTYPE declaration, which no workbook part has");
}

/** The `>` closing the tag opened before `from`, quotes respected (an attribute may hold `>`). */
function tagEnd(xml: string, from: number): number {
  const n = xml.length;
  let quote = 0;
  for (let i = from; i < n; i++) {
    const code = xml.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === GT) {
      return i;
    } else if (code === DQ || code === SQ) {
      quote = code;
    }
  }
  throw new XmlError("an unfinished tag");
}

/** The element's name in `start…end`, without its prefix; the sheet's own names without allocating (they are most tags). */
function localName(xml: string, start: number, end: number): string {
  let from = start;
  for (let i = end - 1; i >= start; i--) {
    if (xml.charCodeAt(i) === COLON) {
      from = i + 1;
      break;
    }
  }
  const length = end - from;
  if (length === 1) {
    const name = ONE_LETTER[xml.charCodeAt(from)];
    if (name !== undefined) return name;
  } else if (length === 3 && xml.startsWith("row", from)) {
    return "row";
  }
  return xml.slice(from, end);
}

const ONE_LETTER: Readonly<Record<number, string>> = { 99: "c", 102: "f", 114: "r", 116: "t", 118: "v" };

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * XML 1.0 §2.11: a parser hands on every CR LF and lone CR of the document
 * as one LF. Excel writes text pasted from Windows with its CR LF as it came
 * (a cell shows one line break); a CR the cell really holds is escaped
 * (`&#13;`, `_x000D_`), so it is decoded after this and kept.
 */
function lineEnds(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five entities and character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
