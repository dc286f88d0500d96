/**
 * One row of a criteria table at a time, as the table reader walks it
 * (SPEC §2.2): its numbering, text, max and allowed values, and whether it
 * is blank or a signature. Beyond the spec: a numbering opening the text
 * (`a) Tổ chức…`) counts when the numbering cell is blank or merged with the
 * text; a max typed as text reads like a score (`"9,5"`, `"10 điểm"`); the
 * lower rows of a merged cell are not blank; a signature or date line
 * (*Người lập biểu*, *Yên Bái, ngày … tháng … năm …*, a place and a comma at
 * most before *ngày*) ends the table.
 */
import type { CellValue, Grid } from "../../model/grid";
import { cellAt, MergedCells } from "../../model/grid";
import { normalizeText, squashSpaces } from "../../text/normalize";
import type { Numbering } from "../../text/numbering";
import { isBullet, parseNumbering, splitLeadingNumbering } from "../../text/numbering";
import { cellDisplayText, isBlankCell, parseMaxCell } from "../cell-number";
import { parseAllowedValues } from "./allowed-values";
import type { CriteriaHeader } from "./criteria-header";
import { gradesFromText } from "./criteria-grades";
import { cacheSlot, type ReadCache } from "../read-cache";

/**
 * SPEC §2.2: levels are the allowed values only when the largest equals the
 * criterion's max; levels that reach higher or stop short are some other
 * numbers of the text, and taking them would pass or refuse the wrong scores.
 */
function levelsAtMax(levels: number[] | null, max: number | null): number[] | null {
  if (!levels || max === null) return null;
  return Math.abs(Math.max(...levels) - Math.abs(max)) < 1e-9 ? levels : null;
}

const SIGNATURE = [
  "nguoi lap bieu",
  "nguoi lap",
  "nguoi tong hop",
  "thu truong",
  "xac nhan",
  "tm",
  "t m",
  "kt",
  "ky ten",
  "ky ghi ro ho ten",
  "truong khoi",
  "pho truong khoi",
  "noi nhan",
];
const DATE_LINE = /(^| )ngay( \d{1,2})? thang( \d{1,2})? nam( \d{2,4})?$|(^| )ngay \d{1,2} \d{1,2} \d{4}$/;

/** `Yên Bái, ngày … tháng … năm 2026` or `Ngày 20 tháng 12 năm 2026`: a place and a comma at most before it. */
const DATE_LINE_START = /^([^,()\d]{1,40},\s*)?ng[aàá]y(\s|$)/iu;

function isSignatureOrDate(label: string): boolean {
  const n = normalizeText(label);
  if (n === "") return false;
  if (SIGNATURE.some((s) => n === s || n.startsWith(`${s} `))) return true;
  return DATE_LINE.test(n) && DATE_LINE_START.test(label.normalize("NFC").trim());
}

/** Rows already read, by their cells' content; shared results are never mutated. */
const ROWS = cacheSlot<string, Omit<RowInfo, "row">>("criteria rows", 50_000);

/** A key for the cells a row's reading depends on; `null` (no caching) for dates and error values. */
function rowKey(...cells: [CellValue, CellValue, CellValue, CellValue, boolean]): string | null {
  let key = "";
  for (const cell of cells) {
    if (cell !== null && typeof cell === "object") return null;
    key += `${typeof cell}:${String(cell)}\u0000`;
  }
  return key;
}

export interface RowInfo {
  readonly row: number;
  readonly numbering: Numbering | null;
  /** The criterion's text, numbering cut off. */
  readonly text: string;
  /** What the row says (text, else the numbering cell's text), for totals and signatures. */
  readonly label: string;
  readonly max: number | null;
  readonly allowed: number[] | null;
}

export class CriteriaSheet {
  private readonly merged: MergedCells;

  constructor(
    readonly grid: Grid,
    readonly header: CriteriaHeader,
    private readonly cache: ReadCache,
  ) {
    this.merged = new MergedCells(grid);
  }

  /** A cell's value, a merge's value in every cell it covers on its top row. */
  value(row: number, column: number | null | undefined): CellValue {
    if (column === null || column === undefined) return null;
    return this.merged.topRowValue(row, column);
  }

  /** Every cell blank, and not the lower part of a merged cell. */
  isBlank(row: number): boolean {
    if (this.merged.continuesMerge(row)) return false;
    const cells = this.grid.rows[row] ?? [];
    return cells.every((value) => isBlankCell(value));
  }

  /** Any cell of the row is a signature label or a date line. */
  hasSignature(row: number): boolean {
    const cells = this.grid.rows[row] ?? [];
    return cells.some((value) => typeof value === "string" && isSignatureOrDate(value));
  }

  info(row: number): RowInfo {
    const { numberColumn, textColumn, maxColumn, allowedColumn } = this.header;
    const numberValue = this.value(row, numberColumn);
    const textValue = this.value(row, textColumn);
    const maxValue = cellAt(this.grid, row, maxColumn);
    const allowedValue = allowedColumn === undefined ? null : this.value(row, allowedColumn);
    const sameCell = numberColumn !== null && this.merged.together(row, numberColumn, textColumn);
    // A block's sheets repeat the same rows thousands of times: read each distinct row once.
    const key = rowKey(numberValue, textValue, maxValue, allowedValue, sameCell);
    const analyse = () => this.analyse(numberValue, textValue, maxValue, allowedValue, sameCell);
    return { ...(key === null ? analyse() : this.cache.get(ROWS, key, analyse)), row };
  }

  private analyse(numberValue: CellValue, textValue: CellValue, maxValue: CellValue, allowedValue: CellValue, sameCell: boolean): Omit<RowInfo, "row"> {
    let text = isBlankCell(textValue) ? "" : squashSpaces(cellDisplayText(textValue));
    let numbering = isBullet(numberValue) ? null : parseNumbering(numberValue);
    if (!numbering && (isBlankCell(numberValue) || sameCell)) {
      const split = splitLeadingNumbering(text);
      if (split) {
        numbering = split.numbering;
        text = split.rest;
      }
    }
    const numberText = isBlankCell(numberValue) || numbering ? "" : squashSpaces(cellDisplayText(numberValue));
    const max = parseMaxCell(maxValue);
    const levels = (allowedValue === null ? null : parseAllowedValues(allowedValue)) ?? gradesFromText(text);
    return { numbering, text, label: text !== "" ? text : numberText, max, allowed: levelsAtMax(levels, max) };
  }

  /** The next non-blank row after `row`, unless two blank rows come first. */
  nextRow(row: number): number | null {
    let blanks = 0;
    for (let r = row + 1; r < this.grid.rowCount; r++) {
      if (!this.isBlank(r)) return r;
      if (++blanks >= 2) return null;
    }
    return null;
  }
}
