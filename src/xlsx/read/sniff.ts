/**
 * What a file really is, told from its first bytes rather than its name:
 * officers rename files (`.xls` → `.xlsx`, a CSV saved as `.xlsx`), so the
 * extension only words the message. Pure byte inspection: no exceljs, no Node.
 */

/** Why a file cannot be read; `params.reason` of FILE_UNREADABLE. */
export type UnreadableReason =
  | "xls"
  | "encrypted"
  | "ods"
  | "csv"
  | "text"
  | "not-spreadsheet"
  | "corrupt"
  | "empty"
  | "too-large";

export type Sniffed =
  /** A zip holding `xl/workbook.xml`, or a zip whose directory we could not read (exceljs decides). */
  | { readonly kind: "xlsx" }
  | {
      readonly kind: "unreadable";
      readonly reason: UnreadableReason;
      /** Finer detail for the message where the reason covers several formats (`xlsb`, `html`, `xml2003`, `doc`…). */
      readonly format?: string;
    };

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const ZIP_LOCAL = 0x04034b50;
const ZIP_SPANNED = 0x08074b50;
const ZIP_CENTRAL = 0x02014b50;
/** The end of the central directory: an empty zip holds only this record. */
const ZIP_EOCD = 0x06054b50;

/** How much of a text file is looked at to decide text vs binary, CSV vs plain. */
const TEXT_SAMPLE = 8192;

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return unreadable("empty");
  if (startsWith(bytes, OLE2_MAGIC)) return sniffOle2(bytes);
  const sig = bytes.length >= 4 ? u32(bytes, 0) : -1;
  if (sig === ZIP_LOCAL || sig === ZIP_EOCD || sig === ZIP_SPANNED) return sniffZip(bytes);
  return sniffText(bytes);
}

function unreadable(reason: UnreadableReason, format?: string): Sniffed {
  return format === undefined ? { kind: "unreadable", reason } : { kind: "unreadable", reason, format };
}

// ---------------------------------------------------------------- OLE2 (CFB)

/**
 * An OLE2 compound file: old binary Office (.xls, .doc) or an encrypted OOXML
 * package (Excel's "Encrypt with Password" wraps the xlsx in a CFB holding the
 * streams `EncryptionInfo` and `EncryptedPackage`). Directory entries store
 * their names in UTF-16LE; we look for those names anywhere in the file rather
 * than walking the FAT, which is enough to tell the cases apart.
 */
function sniffOle2(bytes: Uint8Array): Sniffed {
  if (indexOf(bytes, utf16le("EncryptedPackage")) >= 0 || indexOf(bytes, utf16le("EncryptionInfo")) >= 0) {
    return unreadable("encrypted");
  }
  // An .xls may embed a Word object, so its own `Workbook` stream decides first.
  if (indexOf(bytes, utf16le("Workbook")) >= 0 || indexOf(bytes, utf16le("Book\0")) >= 0) return unreadable("xls");
  if (indexOf(bytes, utf16le("WordDocument")) >= 0) return unreadable("not-spreadsheet", "doc");
  if (indexOf(bytes, utf16le("PowerPoint Document")) >= 0) return unreadable("not-spreadsheet", "ppt");
  return unreadable("xls");
}

// ---------------------------------------------------------------------- zip

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

function sniffZip(bytes: Uint8Array): Sniffed {
  // OpenDocument: the first entry is an uncompressed `mimetype` (ODF 1.2 §3.3).
  const first = firstLocalEntry(bytes);
  if (first && first.name === "mimetype") {
    const mime = ascii(bytes, first.dataStart, Math.min(first.dataEnd, first.dataStart + 100));
    if (mime.startsWith(ODS_MIME)) return unreadable("ods");
    return unreadable("not-spreadsheet", "opendocument");
  }
  const names = centralDirectoryNames(bytes);
  // No readable directory (truncated, damaged): let exceljs try and report what it finds.
  if (names === null) return { kind: "xlsx" };
  if (names.has("xl/workbook.xml")) return { kind: "xlsx" };
  if (names.has("xl/workbook.bin")) return unreadable("xls", "xlsb");
  if (names.has("word/document.xml")) return unreadable("not-spreadsheet", "docx");
  if (names.has("ppt/presentation.xml")) return unreadable("not-spreadsheet", "pptx");
  if (names.has("mimetype") && names.has("content.xml")) return unreadable("not-spreadsheet", "opendocument");
  return unreadable("not-spreadsheet", "zip");
}

interface LocalEntry {
  readonly name: string;
  readonly dataStart: number;
  readonly dataEnd: number;
}

function firstLocalEntry(bytes: Uint8Array): LocalEntry | null {
  if (bytes.length < 30 || u32(bytes, 0) !== ZIP_LOCAL) return null;
  const compressedSize = u32(bytes, 18);
  const nameLength = u16(bytes, 26);
  const extraLength = u16(bytes, 28);
  const nameEnd = 30 + nameLength;
  if (nameEnd > bytes.length) return null;
  const dataStart = nameEnd + extraLength;
  return { name: ascii(bytes, 30, nameEnd), dataStart, dataEnd: Math.min(bytes.length, dataStart + compressedSize) };
}

/** Entry names from the zip's central directory, or null when it cannot be found. */
function centralDirectoryNames(bytes: Uint8Array): Set<string> | null {
  // The end-of-central-directory record is 22 bytes plus a comment of up to 64 KiB.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  // Zip64 keeps the real values elsewhere; a workbook never needs it, so give up and let exceljs decide.
  if (count === 0xffff || offset === 0xffffffff) return null;
  const names = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== ZIP_CENTRAL) return null;
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const commentLength = u16(bytes, offset + 32);
    const nameStart = offset + 46;
    if (nameStart + nameLength > bytes.length) return null;
    // Some writers store a leading slash; exceljs strips it too.
    names.add(ascii(bytes, nameStart, nameStart + nameLength).replace(/^\//, ""));
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}

// --------------------------------------------------------------------- text

/**
 * Neither zip nor OLE2. Text (UTF-8, UTF-16 with a BOM, or a legacy 8-bit
 * Vietnamese code page such as TCVN3) has no NUL bytes and almost no control
 * characters; random or other binary data has plenty. Excel's own "HTML" and
 * "XML Spreadsheet 2003" exports, often named `.xls` by government systems,
 * are text too, and Excel opens them: they get the `.xls` advice.
 */
function sniffText(bytes: Uint8Array): Sniffed {
  const sample = decodeSample(bytes);
  if (sample === null) return unreadable("not-spreadsheet");
  const head = sample.replace(/^\uFEFF/, "").trimStart().slice(0, 2048).toLowerCase();
  if (head.startsWith("<")) {
    if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return unreadable("xls", "xml2003");
    if (/<(html|table)[\s>]/.test(head) || head.startsWith("<!doctype html")) return unreadable("xls", "html");
  }
  // CSV: a separator on the first non-empty line (Excel in Vietnamese locales writes `;` or tabs).
  const firstLine = sample.split(/\r\n|\n|\r/).find((line) => line.trim() !== "") ?? "";
  return /[,;\t]/.test(firstLine) ? unreadable("csv") : unreadable("text");
}

/** The start of the file as text, or null when it looks binary. */
function decodeSample(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, TEXT_SAMPLE);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    // UTF-16 with a BOM, e.g. Excel's "Unicode Text" export.
    const even = end - (end % 2);
    try {
      return new TextDecoder(b0 === 0xff ? "utf-16le" : "utf-16be").decode(bytes.subarray(0, even));
    } catch {
      return null;
    }
  }
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b === 0) return null;
    // Allowed: tab, LF, VT, FF, CR, and ESC/SUB which some old editors leave.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b) {
      controls++;
    }
  }
  if (controls > end / 100) return null;
  // Not necessarily UTF-8 (TCVN3, Windows-1258): decode leniently, the structure is ASCII.
  return new TextDecoder("utf-8").decode(bytes.subarray(0, end));
}

// -------------------------------------------------------------------- bytes

function u16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)) >>> 0;
}

function u32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0
  );
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i] as number);
  return s;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i] = code & 0xff;
    out[2 * i + 1] = code >> 8;
  }
  return out;
}

/** First index of `needle` in `haystack`, or -1. */
function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (haystack[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
