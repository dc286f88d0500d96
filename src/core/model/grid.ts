/**
 * What one worksheet holds, as the domain reads it: values (formulas by their
 * cached result), merged ranges, hidden rows and columns, and where it came
 * from. Every adapter (exceljs for files, Office.js for the open workbook)
 * produces this shape, so the readers in `core/read` never know which one ran.
 *
 * It lives in `core` rather than `workbook` because the domain consumes it and
 * dependencies point inward; `workbook/` holds the ports that hand Grids over.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`, kept apart from text. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | Date | CellError | null;

/** A rectangle of cells, 0-based and inclusive on both ends. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** The workbook's file name as the user sees it (no folders). */
  readonly file: string;
  /** The worksheet's name. */
  readonly sheet: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Row-major values; a missing row or cell is blank. 0-based. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly merges: ReadonlyArray<CellRange>;
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
  /** A sheet hidden from the user (Excel's "Hide sheet"). */
  readonly hidden: boolean;
  /**
   * A1 addresses of formulas saved without a cached result (a file written
   * by a program that does not compute): blank in `rows`, but no one left
   * them blank. Absent where the reader cannot tell (Excel computes all).
   */
  readonly uncomputed?: ReadonlySet<string>;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

export function cellAt(grid: Grid, row: number, column: number): CellValue {
  return grid.rows[row]?.[column] ?? null;
}

/**
 * The value a reader should see at a cell: a merged range shows its top-left
 * value in every cell it covers, as a person reading the sheet would.
 */
export function visibleValueAt(grid: Grid, row: number, column: number): CellValue {
  const m = mergeAt(grid, row, column);
  return m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, column);
}

/** The merged range covering a cell, if any. */
export function mergeAt(grid: Grid, row: number, column: number): CellRange | undefined {
  return grid.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= column && column <= m.right);
}

/**
 * A sheet's merged cells indexed once, for the readers that walk it row by
 * row: a merge is found by its top row, or among the few that span rows,
 * instead of a scan of every merge for every cell.
 */
export class MergedCells {
  private readonly byTop = new Map<number, CellRange[]>();
  private readonly tall: CellRange[] = [];
  private readonly lower = new Set<number>();

  constructor(readonly grid: Grid) {
    for (const m of grid.merges) {
      const list = this.byTop.get(m.top) ?? [];
      list.push(m);
      this.byTop.set(m.top, list);
      if (m.bottom > m.top) this.tall.push(m);
      for (let r = m.top + 1; r <= m.bottom; r++) this.lower.add(r);
    }
  }

  /** The merge whose top row is `row` and that covers `column`. */
  startingAt(row: number, column: number): CellRange | undefined {
    return this.byTop.get(row)?.find((m) => m.left <= column && column <= m.right);
  }

  /** The merge covering a cell, whichever of its rows. */
  covering(row: number, column: number): CellRange | undefined {
    return (
      this.startingAt(row, column) ??
      (this.lower.has(row) ? this.tall.find((m) => m.top < row && row <= m.bottom && m.left <= column && column <= m.right) : undefined)
    );
  }

  /** The cell's value; on a merge's top row, the merge's value in every cell it covers (its lower rows stay blank). */
  topRowValue(row: number, column: number): CellValue {
    const m = this.startingAt(row, column);
    return m ? cellAt(this.grid, m.top, m.left) : cellAt(this.grid, row, column);
  }

  /** Both columns lie in one merge starting on `row`. */
  together(row: number, a: number, b: number): boolean {
    const m = this.startingAt(row, a);
    return m !== undefined && m.left <= b && b <= m.right;
  }

  /** The row is a lower row of a merge: to a reader it is not blank. */
  continuesMerge(row: number): boolean {
    return this.lower.has(row);
  }
}

/** Build a Grid from plain rows; adapters and tests share this constructor. */
export function makeGrid(
  file: string,
  sheet: string,
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
  extra: Partial<Pick<Grid, "merges" | "hiddenRows" | "hiddenColumns" | "hidden">> = {},
): Grid {
  const columnCount = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    file,
    sheet,
    rows,
    rowCount: rows.length,
    columnCount,
    merges: extra.merges ?? [],
    hiddenRows: extra.hiddenRows ?? new Set(),
    hiddenColumns: extra.hiddenColumns ?? new Set(),
    hidden: extra.hidden ?? false,
  };
}
