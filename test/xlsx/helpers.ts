import ExcelJS from "exceljs";
import type { Grid } from "../../src/core/model/grid";
import type { ReadWorkbookResult } from "../../src/xlsx/read/read-workbook";

/** A workbook built by `build`, as the bytes an officer would send. */
export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The grids of a result that must have read. */
export function gridsOf(result: ReadWorkbookResult): Grid[] {
  if (!result.ok) throw new Error(`expected the workbook to read, got ${JSON.stringify(result.issue)}`);
  return result.grids;
}

/** The one grid named `sheet`. */
export function sheetOf(result: ReadWorkbookResult, sheet: string): Grid {
  const grid = gridsOf(result).find((g) => g.sheet === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  return grid;
}

/** The params of a result that must have failed. */
export function failureOf(result: ReadWorkbookResult) {
  if (result.ok) throw new Error("expected FILE_UNREADABLE, the workbook read");
  return result.issue;
}

/** Deterministic bytes that are neither zip, OLE2 nor text. */
export function randomBytes(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    // xorshift32
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const OLE2_HEADER = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
