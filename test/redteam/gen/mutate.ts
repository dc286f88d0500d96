/**
 * Random damage to Grids and bytes, from a seeded PRNG, for the fuzz test:
 * what a broken workbook (or a broken adapter) could hand the engine.
 */
import type { CellRange, CellValue, Grid } from "../../../src/core/model/grid";

/** mulberry32: small, seeded, the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

const WORDS = ["Tổng cộng", "Cộng", "I", "1.", "a)", "Điểm chấm", "Tự chấm", "Tên đơn vị", "Đơn vị chấm:", "x", "-", "Đạt", "Ghi chú", "Hội", "CTĐ", "TM.", "Yên Bái, ngày 1 tháng 1 năm 2026", "Nội dung", "Điểm chuẩn", "Tối đa", "2.1.1", "(1)", "Điểm trừ", "Điểm cộng", "=SUM(A1)", "   ", "\n"];

/** A random value of any kind a cell may hold. */
export function randomValue(rng: Rng): CellValue {
  switch (int(rng, 12)) {
    case 0:
      return null;
    case 1:
      return pick(rng, [1e308, -1e308, Number.MAX_SAFE_INTEGER, -0, 1e-300, -5, 0.1 + 0.2, 123456789.123]);
    case 2:
      return pick(rng, [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    case 3:
      return { error: pick(rng, ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "garbage"]) };
    case 4:
      return pick(rng, [new Date(2026, 4, 9), new Date(Number.NaN), new Date(-8.64e15)]);
    case 5:
      return rng() < 0.5;
    case 6:
      return pick(rng, WORDS);
    case 7:
      return "x".repeat(1 + int(rng, 3)) + "Đ".repeat(int(rng, 20_000));
    case 8:
      return Array.from({ length: 300 + int(rng, 1000) }, () => pick(rng, ["hội", "luật", "gia", "tỉnh", "a", "b", "c", "1", "đỏ"])).join(" ");
    case 9:
      return String.fromCharCode(...Array.from({ length: 1 + int(rng, 40) }, () => int(rng, 0xffff)));
    case 10:
      return ` ${int(rng, 200) - 50},${int(rng, 10)} `;
    default:
      return Math.round((rng() * 200 - 50) * 2) / 2;
  }
}

type Rows = CellValue[][];
const copyRows = (grid: Grid): Rows => grid.rows.map((r) => [...r]);

const OPS: readonly ((g: Grid, rows: Rows, rng: Rng) => Partial<Grid> | null)[] = [
  // replace cells
  (g, rows, rng) => {
    for (let k = 0; k < 1 + int(rng, 20); k++) {
      const r = int(rng, Math.max(1, rows.length));
      (rows[r] ??= [])[int(rng, Math.max(1, g.columnCount + 2))] = randomValue(rng);
    }
    return null;
  },
  // delete rows
  (_g, rows, rng) => {
    rows.splice(int(rng, Math.max(1, rows.length)), 1 + int(rng, 5));
    return null;
  },
  // duplicate rows
  (_g, rows, rng) => {
    const r = int(rng, Math.max(1, rows.length));
    rows.splice(r, 0, ...Array.from({ length: 1 + int(rng, 3) }, () => [...(rows[r] ?? [])]));
    return null;
  },
  // blank the header area
  (_g, rows, rng) => {
    for (let r = 0; r < Math.min(rows.length, 4 + int(rng, 12)); r++) if (rng() < 0.5) rows[r] = [];
    return null;
  },
  // random merges, overlapping, out of range, inverted, negative, fractional
  (g, _rows, rng) => {
    const merges: CellRange[] = [...g.merges];
    for (let k = 0; k < 1 + int(rng, 6); k++) {
      const top = int(rng, g.rowCount + 5) - (rng() < 0.1 ? 3 : 0);
      const left = int(rng, g.columnCount + 5) - (rng() < 0.1 ? 3 : 0);
      const bottom = rng() < 0.1 ? top - 2 : top + int(rng, rng() < 0.1 ? 1e6 : 4);
      const right = rng() < 0.1 ? left + 0.5 : left + int(rng, 5);
      merges.push({ top, left, bottom, right });
    }
    return { merges };
  },
  // names run wild: labels above the table, headers, ratee rows get a pasted paragraph appended
  (_g, rows, rng) => {
    const paragraph = Array.from({ length: 60 + int(rng, 300) }, (_, i) => `tu${i % 9}`).join(" ");
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (typeof value === "string" && (r < 10 || rng() < 0.1)) row[c] = `${value} ${paragraph}`;
      });
    });
    return null;
  },
  // zero-row sheet
  () => ({ rows: [], rowCount: 0, columnCount: 0, merges: [] }),
  // a sheet of one column
  (_g, rows) => {
    for (let r = 0; r < rows.length; r++) rows[r] = (rows[r] ?? []).slice(0, 1);
    return null;
  },
  // shift the table right (start at column C)
  (_g, rows) => {
    for (let r = 0; r < rows.length; r++) rows[r] = [null, null, ...(rows[r] ?? [])];
    return null;
  },
  // swap two columns
  (g, rows, rng) => {
    const a = int(rng, Math.max(1, g.columnCount));
    const b = int(rng, Math.max(1, g.columnCount));
    for (const row of rows) [row[a], row[b]] = [row[b] ?? null, row[a] ?? null];
    return null;
  },
  // hide things
  (g, _rows, rng) => ({
    hiddenColumns: new Set([int(rng, g.columnCount + 1), -1]),
    hiddenRows: new Set([int(rng, g.rowCount + 1)]),
    hidden: rng() < 0.5,
  }),
  // rowCount / columnCount lying about the rows
  (g, _rows, rng) => ({ rowCount: g.rowCount + int(rng, 10) - 5, columnCount: g.columnCount + int(rng, 10) - 5 }),
];

/** The grid with 1 to 4 random mutations. */
export function mutateGrid(grid: Grid, rng: Rng): Grid {
  const rows = copyRows(grid);
  let patch: Partial<Grid> = {};
  for (let k = 0; k < 1 + int(rng, 4); k++) patch = { ...patch, ...(pick(rng, OPS)({ ...grid, ...patch }, rows, rng) ?? {}) };
  const columnCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return { ...grid, rows, rowCount: rows.length, columnCount, ...patch };
}

/** Broken bytes: truncated, bytes flipped, or zeroed runs. */
export function mutateBytes(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = Uint8Array.from(bytes);
  switch (int(rng, 3)) {
    case 0:
      return out.subarray(0, int(rng, out.length));
    case 1:
      for (let k = 0; k < 1 + int(rng, 30); k++) out[int(rng, out.length)] = int(rng, 256);
      return out;
    default: {
      const at = int(rng, out.length);
      out.fill(0, at, at + int(rng, 4096));
      return out;
    }
  }
}

export { int, pick };
