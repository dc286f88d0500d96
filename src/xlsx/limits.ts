/**
 * The bounds a file must stay within before we spend memory on it (issue 12,
 * "Limits before work"): a small hostile `.xlsx` can inflate to gigabytes or
 * hold tens of millions of cells. One place for them, in the CLI and in the
 * pane alike.
 *
 * Chosen from the L block of `npm run bench` (66 files, 4,096 sheets, 2.79 M
 * cells), the largest a real block reaches, with a wide margin:
 * - its largest part (one scoresheet's XML) inflates to 37 KB, its largest
 *   workbook to 2.4 MB: a part may inflate to 32 MiB (900 ×), a workbook's
 *   parts together to 256 MiB (100 ×);
 * - its largest workbook holds 44,000 cells in 64 sheets of at most 172 rows:
 *   a workbook may hold 2,000,000 cells (45 ×), a sheet 50,000 rows (290 ×).
 * Inside those bounds a workbook's grids stay under ~150 MB.
 */

export interface ReadLimits {
  /** The largest inflated size of one part of the zip (a sheet's XML, the shared strings). */
  readonly partBytes: number;
  /** The largest inflated size of all the parts read, together. */
  readonly workbookBytes: number;
  /** The most cells holding something (`<c>` elements) in a workbook, its sheets together. */
  readonly cells: number;
  /** The most rows (`<row>` elements) in one sheet. */
  readonly rows: number;
}

export const READ_LIMITS: ReadLimits = {
  partBytes: 32 * 1024 * 1024,
  workbookBytes: 256 * 1024 * 1024,
  cells: 2_000_000,
  rows: 50_000,
};

/** Which bound a file passed; `params.reason` of its FILE_UNREADABLE. */
export type LimitReason = "part-too-large" | "workbook-too-large" | "too-many-cells" | "too-many-rows";

/** Thrown inside the reader when a bound is passed; readWorkbook turns it into the issue. */
export class ReadLimitError extends Error {
  constructor(
    readonly reason: LimitReason,
    /** What the message names: `part` (a zip entry), `sheet` (a sheet's name or part), `max` (the bound, in MB or a count). */
    readonly params: { readonly part?: string; readonly sheet?: string; readonly max: number },
  ) {
    super(`${reason}: ${params.sheet ?? params.part ?? ""} over ${params.max}`);
    this.name = "ReadLimitError";
  }
}

export const MIB = 1024 * 1024;
