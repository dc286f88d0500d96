/**
 * The two hostile workbooks of docs/DECISIONS.md D2, built at test time (a few MB each,
 * never committed): a zip bomb whose sheet inflates to 2 GiB of spaces, and a
 * cell bomb of 100,000 rows × 300 cells. Each is a real workbook written by
 * exceljs with its first sheet's part replaced, so everything but that part
 * is what a reader expects.
 *
 * Deflate blocks ended by a sync flush are byte-aligned and refer to nothing
 * before them, so one block compressing a run is repeated to make the run as
 * long as we like without ever holding it.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { unzipOf } from "./zip";

const SHEET = "xl/worksheets/sheet1.xml";
const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = "</sheetData></worksheet>";

export interface BombOptions {
  /** The inflated size the directory declares; the true size when left out (a lying header when given). */
  readonly declaredSize?: number;
}

/** A workbook whose first sheet is `HEAD`, 2 GiB of spaces (by default), `TAIL`. */
export function zipBomb(options: BombOptions & { readonly spaces?: number } = {}): Promise<Buffer> {
  const spaces = options.spaces ?? 2 * 1024 * 1024 * 1024;
  const piece = Buffer.alloc(1024 * 1024, 0x20);
  return bomb(piece, Math.floor(spaces / piece.length), options);
}

/** A workbook whose first sheet holds `rows` rows of `columns` cells `<c><v>1</v></c>` (30 M by default). */
export function cellBomb(options: BombOptions & { readonly rows?: number; readonly columns?: number } = {}): Promise<Buffer> {
  const rows = options.rows ?? 100_000;
  const cells = "<c><v>1</v></c>".repeat(options.columns ?? 300);
  // Up to 1,000 rows are numbered, as Excel writes them; past that every
  // piece must be the same, so the rows go unnumbered (each follows the one before).
  if (rows <= 1000) {
    const numbered = Array.from({ length: rows }, (_, r) => `<row r="${r + 1}">${cells}</row>`).join("");
    return bomb(Buffer.from(numbered), 1, options);
  }
  if (rows % 1000 !== 0) throw new Error("past 1,000, rows must be a multiple of 1,000");
  return bomb(Buffer.from(`<row>${cells}</row>`.repeat(1000)), rows / 1000, options);
}

/** A small valid workbook, its first sheet's part made `HEAD + piece × times + TAIL`. */
async function bomb(piece: Buffer, times: number, options: BombOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Phiếu chấm").getCell("A1").value = "Đơn vị chấm: Hội Luật gia tỉnh";
  const valid = unzipOf(new Uint8Array(await workbook.xlsx.writeBuffer()));

  const sync = { level: 9, finishFlush: constants.Z_SYNC_FLUSH };
  const head = Buffer.from(HEAD);
  const tail = Buffer.from(TAIL);
  const pieceDeflated = deflateRawSync(piece, sync);
  const deflated = Buffer.concat([
    deflateRawSync(head, sync),
    ...Array.from({ length: times }, () => pieceDeflated),
    deflateRawSync(tail, { level: 9 }),
  ]);
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(piece, crc);
  crc = crc32(tail, crc);
  const size = head.length + piece.length * times + tail.length;

  const entries: RawEntry[] = [];
  for (const name of [...valid.keys()].sort()) {
    const file = valid.get(name) as Uint8Array;
    if (name === SHEET) {
      entries.push({ name, deflated, crc, size, declaredSize: options.declaredSize ?? size });
    } else {
      const data = Buffer.from(file);
      entries.push({ name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length, declaredSize: data.length });
    }
  }
  return zipOf(entries);
}

interface RawEntry {
  readonly name: string;
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly declaredSize: number;
}

/** A zip of deflated entries, sizes as declared (so a header may lie). */
function zipOf(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const declared = Math.min(e.declaredSize, 0xffffffff);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Any package (a .docx, an .xlsx) with one more part, `part`, of `spaces`
 * spaces (2 GiB by default): the bomb a template may hide in a part nothing
 * reads, which a library loading the whole zip would inflate.
 */
export async function withBombPart(valid: Uint8Array, part: string, spaces = 2 * 1024 * 1024 * 1024): Promise<Buffer> {
  const zip = unzipOf(valid);
  const entries: RawEntry[] = [];
  for (const name of [...zip.keys()].sort()) {
    const data = Buffer.from(zip.get(name) as Uint8Array);
    entries.push({ name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length, declaredSize: data.length });
  }
  const piece = Buffer.alloc(1024 * 1024, 0x20);
  const times = Math.floor(spaces / piece.length);
  const pieceDeflated = deflateRawSync(piece, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const deflated = Buffer.concat([...Array.from({ length: times }, () => pieceDeflated), deflateRawSync(Buffer.alloc(0), { level: 9 })]);
  let crc = 0;
  for (let i = 0; i < times; i++) crc = crc32(piece, crc);
  entries.push({ name: part, deflated, crc, size: piece.length * times, declaredSize: 1024 });
  return zipOf(entries);
}
