/** A1 addresses: the officer's way of naming a cell, used in every issue. */

export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`Bad column index ${column}`);
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based row and column → `"E14"`. */
export function a1(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Bad row index ${row}`);
  // Every score carries its address: reuse the strings of the usual sheet area.
  if (row < CACHED_ROWS && column >= 0 && column < CACHED_COLUMNS) {
    const index = row * CACHED_COLUMNS + column;
    return (ADDRESSES[index] ??= `${columnLetters(column)}${row + 1}`);
  }
  return `${columnLetters(column)}${row + 1}`;
}

const CACHED_ROWS = 2000;
const CACHED_COLUMNS = 100;
const ADDRESSES: (string | undefined)[] = [];

/** `"E14"` → 0-based `{ row, column }`; `null` when it is no A1 address. */
export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const [, letters = "", digits = ""] = match;
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(digits);
  if (row < 1) return null;
  return { row: row - 1, column: column - 1 };
}
