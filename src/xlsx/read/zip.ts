/**
 * The zip container of an `.xlsx`, read with the bounds of `limits.ts`: the
 * central directory first (so a part whose declared size passes the bound is
 * refused before any inflating), then each part inflated with a running byte
 * count that stops at the bound whatever the header said. fflate inflates, in
 * the browser and in Node alike.
 */
import { Inflate } from "fflate";
import { MIB, ReadLimitError, type ReadLimits } from "./limits";

export interface ZipEntry {
  /** The part's name, without a leading slash (`xl/worksheets/sheet1.xml`). */
  readonly name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** The inflated size the directory declares: checked, never trusted. */
  readonly declaredSize: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_EXTRA = 0x0001;

/** The entries of the central directory, by name; null when there is none to read (truncated, damaged). */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) return null;
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_EOCD_LOCATOR) return null;
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD) return null;
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder("utf-8");
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== ZIP_CENTRAL) return null;
    const flags = u16(bytes, offset + 8);
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const commentLength = u16(bytes, offset + 32);
    const nameStart = offset + 46;
    const extraStart = nameStart + nameLength;
    if (extraStart + extraLength > bytes.length) return null;
    let compressedSize = u32(bytes, offset + 20);
    let declaredSize = u32(bytes, offset + 24);
    let localOffset = u32(bytes, offset + 42);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64: the real values sit in an extra field, in this order, only those that overflowed.
      const zip64 = extraField(bytes, extraStart, extraLength, ZIP64_EXTRA);
      let at = zip64?.start ?? -1;
      const next = () => {
        const value = at >= 0 && zip64 && at + 8 <= zip64.end ? u64(bytes, at) : Number.NaN;
        at += 8;
        return value;
      };
      if (declaredSize === 0xffffffff) declaredSize = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localOffset === 0xffffffff) localOffset = next();
      if ([declaredSize, compressedSize, localOffset].some(Number.isNaN)) return null;
    }
    // Some writers store a leading slash; exceljs strips it too.
    const name = decoder.decode(bytes.subarray(nameStart, extraStart)).replace(/^\//, "");
    entries.set(name, {
      name,
      method: u16(bytes, offset + 10),
      encrypted: (flags & 1) !== 0,
      compressedSize,
      declaredSize,
      localOffset,
    });
    offset = extraStart + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates raw deflate data, throwing InflateOverflow as soon as the output
 * would pass `max` bytes: the count runs as it inflates, whatever the header
 * said. fflate's (below) works everywhere; the command passes node's zlib,
 * several times faster (see src/cli/zlib-inflate.ts).
 */
export type Inflater = (data: Uint8Array, max: number) => Uint8Array;

export class InflateOverflow extends Error {
  constructor() {
    super("inflated data passes the bound");
    this.name = "InflateOverflow";
  }
}

/**
 * Counts what the parts of one workbook inflate to, against the per-part and
 * the per-workbook bounds. One per workbook read.
 */
export class InflateBudget {
  private used = 0;
  constructor(readonly limits: ReadLimits) {}

  /** Refuses, before inflating, a part whose declared size already passes a bound. */
  checkDeclared(entry: ZipEntry): void {
    if (entry.declaredSize > this.limits.partBytes) throw this.partError(entry);
    if (this.used + entry.declaredSize > this.limits.workbookBytes) throw this.workbookError();
  }

  /** The part's bytes, inflated by `inflater` within what is left of both bounds. */
  inflate(entry: ZipEntry, data: Uint8Array, inflater: Inflater): Uint8Array {
    const left = this.limits.workbookBytes - this.used;
    const max = Math.min(this.limits.partBytes, left);
    let out: Uint8Array;
    try {
      out = entry.method === 0 ? data : inflater(data, max);
    } catch (error) {
      if (!(error instanceof InflateOverflow)) throw error;
      throw max < this.limits.partBytes ? this.workbookError() : this.partError(entry);
    }
    if (out.length > max) throw max < this.limits.partBytes ? this.workbookError() : this.partError(entry);
    this.used += out.length;
    return out;
  }

  private partError(entry: ZipEntry): ReadLimitError {
    return new ReadLimitError("part-too-large", { part: entry.name, max: this.limits.partBytes / MIB });
  }

  private workbookError(): ReadLimitError {
    return new ReadLimitError("workbook-too-large", { max: this.limits.workbookBytes / MIB });
  }
}

/** Why a part could not be taken out of the zip (not a limit: the file is damaged or uses what we do not read). */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly encrypted = false,
  ) {
    super(message);
    this.name = "ZipError";
  }
}

/** The part's compressed bytes, found through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== ZIP_LOCAL) throw new ZipError(`no local header for ${entry.name}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`${entry.name} is cut short`);
  return bytes.subarray(start, end);
}

/** The inflated bytes of one part, counted against `budget`. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, inflater: Inflater = fflateInflate): Uint8Array {
  if (entry.encrypted) throw new ZipError(`${entry.name} is encrypted`, true);
  budget.checkDeclared(entry);
  const data = entryData(bytes, entry);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`${entry.name} uses compression method ${entry.method}`);
  try {
    return budget.inflate(entry, data, inflater);
  } catch (error) {
    if (error instanceof ReadLimitError) throw error;
    throw new ZipError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A bomb's compressed bytes inflate ~1,000-fold: feeding fflate in slices
 * this small keeps each step's output near 16 MiB, so the count stops it soon
 * after the bound rather than after the whole input.
 */
const SLICE = 16 * 1024;

/** fflate's streaming inflate with a running count (its one-shot inflate into a fixed buffer truncates silently). */
export const fflateInflate: Inflater = (data, max) => {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > max) throw new InflateOverflow();
    chunks.push(chunk);
    if (final) done = true;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let from = 0; from < data.length; from += SLICE) {
    inflater.push(data.subarray(from, Math.min(from + SLICE, data.length)), from + SLICE >= data.length);
  }
  if (!done) throw new ZipError("the data ends before its last block");
  return concat(chunks, size);
};

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  // 22 bytes plus a comment of up to 64 KiB.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) if (u32(bytes, i) === ZIP_EOCD) return i;
  return -1;
}

function extraField(bytes: Uint8Array, start: number, length: number, id: number): { start: number; end: number } | null {
  for (let at = start; at + 4 <= start + length; ) {
    const size = u16(bytes, at + 2);
    if (u16(bytes, at) === id) return { start: at + 4, end: Math.min(at + 4 + size, start + length) };
    at += 4 + size;
  }
  return null;
}

function u16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)) >>> 0;
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

/** A 64-bit field as a number (exact below 2^53, far past any file we take). */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;
}
