/**
 * The bounds a file must stay within before we spend memory on it, in the
 * CLI and the pane alike; chosen from the bench's L block with a wide
 * margin: docs/DECISIONS.md, D2.
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
