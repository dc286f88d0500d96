/**
 * The `.xlsx` package of the direct writer: sheets written as XML text
 * straight into a streamed zip (fflate's `Zip` and `Deflate`, in Node and the
 * browser alike), part by part, so a table of half a million rows is never a
 * model in memory, only its compressed bytes. The workbook's own parts
 * (workbook, relationships, content types, styles, shared strings, document
 * properties) are written when the package is finished, from what the sheets
 * registered.
 *
 * Every string goes into the shared strings table (a unit named like a
 * formula stays text; the readers that take only shared strings read it).
 */
import { Deflate, Zip, ZipPassThrough, type ZipInputFile } from "fflate";
import { crc32 } from "./crc32";
import { cellText } from "./cell-text";
import { StyleRegistry, type DefaultFont, type StyleMade } from "./xml-styles";
import { xmlText, XML_HEAD } from "./write-xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
/** Characters of XML gathered before they are encoded and deflated (a segment of its own for a SegmentDeflater). */
const CHUNK_CHARS = 1 << 18;
/** Deflate's level: 6 is zlib's default, its files a few percent smaller than 1's for twice the time. */
const DEFAULT_LEVEL = 6;

/** zlib's levels. */
export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * Deflates one segment of a part: raw deflate of `data` alone, ending on a
 * byte boundary without the final bit (a sync flush) unless `final`. Such
 * segments, one after another, are one valid deflate stream. The command
 * passes node's zlib (cli/zlib-deflate.ts), several times faster than
 * fflate, which the pane keeps.
 */
export interface SegmentDeflater {
  (data: Uint8Array, final: boolean, level: DeflateLevel): Uint8Array;
  /**
   * The CRC-32 of `data` continued from `previous`, from the same library as
   * the deflate (node's zlib): fflate's JavaScript CRC, used when absent, was
   * a quarter of `rank --out`'s writing at L.
   */
  readonly crc32?: (data: Uint8Array, previous: number) => number;
}

export interface PackageOptions {
  /** A registry shared with other packages (the blank scoresheets of a block); a fresh one by default. */
  readonly styles?: StyleRegistry;
  readonly level?: DeflateLevel;
  /** fflate's deflate when absent. */
  readonly deflate?: SegmentDeflater;
  /** The workbook's default font, for a fresh registry (Calibri 11 when absent). */
  readonly defaultFont?: DefaultFont;
}

/** A zip entry deflated segment by segment by a SegmentDeflater (fflate's hook for another compressor: it keeps the CRC and size). */
class SegmentDeflateFile extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflater: SegmentDeflater,
    private readonly level: DeflateLevel,
  ) {
    super(filename);
    this.compression = 8;
  }

  private checksum = 0;

  override push(chunk: Uint8Array, final?: boolean): void {
    const crc32 = this.deflater.crc32;
    if (!crc32) return super.push(chunk, final);
    this.checksum = crc32(chunk, this.checksum);
    this.size += chunk.length;
    if (final) this.crc = this.checksum;
    this.process(chunk, final ?? false);
  }

  override process(chunk: Uint8Array, final: boolean): void {
    (this.ondata as (err: null, data: Uint8Array, final: boolean) => void)(null, this.deflater(chunk, final, this.level), final);
  }
}

/** A part deflated apart from any package: its deflate stream, and the CRC-32 and length of what it inflates to. */
export interface DeflatedPart {
  readonly chunks: readonly Uint8Array[];
  readonly crc: number;
  readonly size: number;
}

/** Where a sheet's XML goes, encoded, when it is kept apart from the package: its bytes in order (each its own buffer), then the end. */
export interface PartKeeper {
  push(data: Uint8Array): void;
  end(): void;
}

/**
 * A sheet written ahead in a package of its own (prepared-sheet.ts): its
 * part, and the shared strings and looks that package gave ids to, in
 * order. A package `seed`ed with it gives them the same ids, so the part
 * holds there as it is.
 */
export interface SheetAhead {
  readonly part: DeflatedPart;
  readonly strings: readonly string[];
  /** Cells of the sheet that refer to a shared string. */
  readonly stringRefs: number;
  readonly styles: readonly StyleMade[];
}

/**
 * A zip entry deflated by fflate as it is pushed, its CRC-32 from crc32.ts
 * (three times fflate's own): what fflate's ZipDeflate does, faster.
 */
class DeflateFile implements ZipInputFile {
  crc = 0;
  size = 0;
  readonly compression = 8;
  /** The level in the entry's flags, as fflate sets it. */
  readonly flag: number;
  ondata?: ZipInputFile["ondata"];
  private readonly deflate: Deflate;

  constructor(
    readonly filename: string,
    level: DeflateLevel,
  ) {
    this.flag = level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0;
    this.deflate = new Deflate({ level }, (data, final) => (this.ondata as NonNullable<ZipInputFile["ondata"]>)(null, data, final));
  }

  push(data: Uint8Array, final: boolean): void {
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    this.deflate.push(data, final);
  }
}

/** One sheet being written: its XML is pushed in order, then `end()`. */
export interface SheetWriter {
  /** 1-based: the sheet's part is `xl/worksheets/sheet<index>.xml`, its local id in defined names `index - 1`. */
  readonly index: number;
  readonly name: string;
  write(xml: string): void;
  /** A relationship of the sheet (a table, a drawing); returns its id. */
  addRelationship(type: string, target: string): string;
  end(): void;
}

export class XlsxPackage {
  readonly styles: StyleRegistry;
  private readonly zip: Zip;
  private readonly chunks: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();
  private readonly level: DeflateLevel;
  private readonly deflater: SegmentDeflater | undefined;
  private readonly strings = new Map<string, number>();
  /** Each text as given → its id. */
  private readonly givenIds = new Map<string, number>();
  private readonly stringList: string[] = [];
  private stringRefs = 0;
  private readonly sheets: string[] = [];
  private readonly overrides: { part: string; type: string }[] = [];
  private readonly definedNames: string[] = [];
  private activeTab = -1;
  private open: SheetWriter | null = null;
  private error: Error | null = null;
  private finished = false;
  private tables = 0;
  private drawings = 0;
  private seeded: SheetAhead | null = null;
  /** While a sheet written ahead is gone through again: its cells' strings were counted where it was written. */
  private muted = false;

  constructor(options: PackageOptions = {}) {
    this.styles = options.styles ?? new StyleRegistry(options.defaultFont);
    this.level = options.level ?? DEFAULT_LEVEL;
    this.deflater = options.deflate;
    this.zip = new Zip((err, data) => {
      if (err) this.error = err;
      else this.chunks.push(data);
    });
  }

  /**
   * The index (`<v>`) of a cell's text in the shared strings, the text made
   * as the cell will hold it (cell-text.ts). Each text given is looked up
   * once: a score table repeats the same few hundred names half a million
   * times.
   */
  sharedString(given: string): number {
    if (!this.muted) this.stringRefs++;
    const known = this.givenIds.get(given);
    if (known !== undefined) return known;
    const text = cellText(given);
    let id = this.strings.get(text);
    if (id === undefined) {
      id = this.stringList.length;
      this.stringList.push(text);
      this.strings.set(text, id);
    }
    this.givenIds.set(given, id);
    return id;
  }

  /** The shared strings so far, in id order, and how many cells refer to one. */
  get sharedStrings(): { readonly strings: readonly string[]; readonly stringRefs: number } {
    return { strings: this.stringList, stringRefs: this.stringRefs };
  }

  /** The next table's workbook-wide number, from 1 (its part `xl/tables/table<n>.xml`). */
  nextTableId(): number {
    return ++this.tables;
  }

  /** The next drawing's (and its chart's) number, from 1. */
  nextDrawingId(): number {
    return ++this.drawings;
  }

  /**
   * Begins the package with what a sheet written ahead gave ids to (its
   * shared strings, its looks), before anything else is written; the sheet
   * itself then goes in with `beginSheet(name, { ahead })`.
   */
  seed(ahead: SheetAhead): void {
    if (this.stringList.length > 0 || this.sheets.length > 0 || this.seeded) throw new Error("XlsxPackage: only a new package is seeded");
    this.styles.replay(ahead.styles);
    for (const text of ahead.strings) {
      this.strings.set(text, this.stringList.length);
      this.stringList.push(text);
    }
    this.seeded = ahead;
  }

  /**
   * Starts the next sheet; the one before must have ended. `keep`: its XML
   * goes there, encoded, not into this package (a sheet written ahead). `ahead`: the sheet was written ahead (this package was
   * seeded with it); its XML is gone through again for the parts beside it
   * (tables, names), not written, and its part goes in as it was made.
   */
  beginSheet(name: string, how: { readonly keep?: PartKeeper; readonly ahead?: SheetAhead } = {}): SheetWriter {
    this.check();
    if (this.open) throw new Error(`XlsxPackage: sheet "${this.open.name}" is still being written`);
    const { keep, ahead } = how;
    if (ahead && ahead !== this.seeded) throw new Error("XlsxPackage: a sheet written ahead goes only into the package seeded with it");
    const index = this.sheets.length + 1;
    this.sheets.push(name);
    const part = `xl/worksheets/sheet${index}.xml`;
    this.overrides.push({ part, type: `${CT}.spreadsheetml.worksheet+xml` });
    const file = ahead ? null : keep ? { push: (data: Uint8Array, final: boolean) => (keep.push(data), final && keep.end()) } : this.entry(part);
    this.muted = ahead !== undefined;
    const rels: string[] = [];
    let pending: string[] = [];
    let size = 0;
    const flush = (final: boolean) => {
      file?.push(this.encoder.encode(pending.join("")), final);
      pending = [];
      size = 0;
    };
    const writer: SheetWriter = {
      index,
      name,
      write: (xml) => {
        if (!file) return;
        pending.push(xml);
        size += xml.length;
        if (size >= CHUNK_CHARS) flush(false);
      },
      addRelationship: (type, target) => {
        const id = `rId${rels.length + 1}`;
        rels.push(`<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`);
        return id;
      },
      end: () => {
        if (ahead) {
          this.addDeflated(part, ahead.part);
          this.muted = false;
          this.stringRefs += ahead.stringRefs;
        } else flush(true);
        this.open = null;
        if (rels.length > 0) this.addPart(`xl/worksheets/_rels/sheet${index}.xml.rels`, relationships(rels));
        this.check();
      },
    };
    this.open = writer;
    return writer;
  }

  /** A whole part (a table, a drawing); `type` lists it in the content types. */
  addPart(name: string, xml: string, type?: string): void {
    if (this.open) throw new Error(`XlsxPackage: part ${name} added while sheet "${this.open.name}" is being written`);
    const file = this.entry(name);
    file.push(this.encoder.encode(xml), true);
    if (type) this.overrides.push({ part: name, type });
  }

  /** A defined name of the workbook: `_xlnm.Print_Area` of a sheet (`localSheetId` 0-based). */
  defineName(name: string, localSheetId: number, value: string): void {
    this.definedNames.push(`<definedName name="${name}" localSheetId="${localSheetId}">${xmlText(value)}</definedName>`);
  }

  /** The sheet (1-based index) the workbook opens on. */
  setActive(index: number): void {
    this.activeTab = index - 1;
  }

  get sheetCount(): number {
    return this.sheets.length;
  }

  /** Writes the workbook's own parts and hands back the file's bytes; the package takes nothing after. */
  finish(creator = "Thi đua"): Uint8Array {
    this.check();
    if (this.finished) throw new Error("XlsxPackage: already finished");
    if (this.open) throw new Error(`XlsxPackage: sheet "${this.open.name}" was never ended`);
    this.finished = true;
    if (this.sheets.length === 0) throw new Error("XlsxPackage: a workbook needs at least one sheet");
    this.addPart("xl/styles.xml", this.styles.xml());
    const hasStrings = this.stringList.length > 0;
    if (hasStrings) this.writeSharedStrings();
    this.addPart("xl/workbook.xml", this.workbookXml());
    const wbRels = this.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    const n = this.sheets.length;
    wbRels.push(`<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
    if (hasStrings) wbRels.push(`<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
    this.addPart("xl/_rels/workbook.xml.rels", relationships(wbRels));
    this.addPart("docProps/core.xml", coreXml(creator));
    this.addPart("docProps/app.xml", appXml());
    this.addPart(
      "_rels/.rels",
      relationships([
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>`,
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
        `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>`,
      ]),
    );
    this.addPart("[Content_Types].xml", this.contentTypesXml());
    this.zip.end();
    this.check();
    let length = 0;
    for (const chunk of this.chunks) length += chunk.length;
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }

  private writeSharedStrings(): void {
    const file = this.entry("xl/sharedStrings.xml");
    let pending = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.stringRefs}" uniqueCount="${this.stringList.length}">`;
    for (const text of this.stringList) {
      // Leading or trailing spaces and line breaks stay as typed.
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
      pending += `<si><t${space}>${xmlText(text)}</t></si>`;
      if (pending.length >= CHUNK_CHARS) {
        file.push(this.encoder.encode(pending), false);
        pending = "";
      }
    }
    file.push(this.encoder.encode(`${pending}</sst>`), true);
    this.overrides.push({ part: "xl/sharedStrings.xml", type: `${CT}.spreadsheetml.sharedStrings+xml` });
  }

  private workbookXml(): string {
    const sheets = this.sheets.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
    const active = Math.max(0, this.activeTab);
    return (
      XML_HEAD +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000" activeTab="${active}"/></bookViews>` +
      `<sheets>${sheets.join("")}</sheets>` +
      (this.definedNames.length > 0 ? `<definedNames>${this.definedNames.join("")}</definedNames>` : "") +
      '<calcPr calcId="171027"/>' +
      "</workbook>"
    );
  }

  private contentTypesXml(): string {
    const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
    return (
      XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      override("xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`) +
      this.overrides.map((o) => override(o.part, o.type)).join("") +
      override("xl/styles.xml", `${CT}.spreadsheetml.styles+xml`) +
      override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
      override("docProps/app.xml", `${CT}.extended-properties+xml`) +
      "</Types>"
    );
  }

  /** A part deflated elsewhere, as it was made. */
  private addDeflated(name: string, part: DeflatedPart): void {
    const file: ZipInputFile = { filename: name, size: part.size, crc: part.crc, compression: 8 };
    this.zip.add(file);
    const send = file.ondata as NonNullable<ZipInputFile["ondata"]>;
    part.chunks.forEach((chunk, i) => send(null, chunk as Uint8Array<ArrayBuffer>, i === part.chunks.length - 1));
  }

  /** A new entry of the zip, deflated as it is pushed. */
  private entry(name: string): { push(data: Uint8Array, final: boolean): void } {
    const file = this.deflater ? new SegmentDeflateFile(name, this.deflater, this.level) : new DeflateFile(name, this.level);
    this.zip.add(file);
    return file;
  }

  private check(): void {
    if (this.error) throw this.error;
  }
}

function relationships(items: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${items.join("")}</Relationships>`;
}

function coreXml(creator: string): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

function appXml(): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
}
