import type { CriteriaTable, Criterion } from "../../model/criteria";
import type { Grid } from "../../model/grid";
import type { LayoutId, ScoreKind } from "../../model/scoresheet";
import type { CellNumber } from "../cell-number";
import type { ReadCache } from "../read-cache";

/**
 * A scoresheet layout (SPEC §2.3) is one small module behind this interface;
 * adding a fourth layout is a new file and one line in `layouts/index`, with
 * no change to the other three. A reader only reads: names stay as written
 * (matching them to the roster is the import's job) and values stay as
 * parsed cells (judging them is `core/check`'s job), so every issue is raised
 * in one place.
 */
export interface LayoutReader {
  readonly layout: LayoutId;
  /**
   * What its scoresheets hold: a score per criterion (whose totals are summed
   * and whose subtotals and blanks are checked), or only the sheet's total
   * (one entry, taken as it is; no criterion can be missing). The import and
   * the checks ask this (`scoresOf`), never which layout it is.
   */
  readonly scores: "per-criterion" | "total";
  /** The scoresheets this sheet holds in this layout, or `null` when the sheet is not of this layout. */
  read(grid: Grid, context: SheetContext): RawScoresheet[] | null;
}

/** What a reader may know of the block while reading one sheet. */
export interface SheetContext {
  readonly table: CriteriaTable;
  /** Criteria by id, and by normalised text for rows whose numbering differs. */
  readonly criteriaById: ReadonlyMap<string, Criterion>;
  readonly criteriaByText: ReadonlyMap<string, readonly Criterion[]>;
  /** The scorer named by the file's name, noise removed (SPEC §2.3): the last resort. */
  readonly scorerFromFileName: string;
  /** The import's cache: what one sheet's reading worked out serves the sheets alike. */
  readonly cache: ReadCache;
}

/** A unit's name as found on a sheet, before it is matched to the roster. */
export interface NameRef {
  readonly text: string;
  /** Where it was read: a labelled cell, a column header, the sheet's or the file's name. */
  readonly from: "cell" | "column" | "row" | "sheet-name" | "file-name";
  /** A1 address of the cell holding it, when it came from a cell. */
  readonly cell?: string;
}

/** One score cell as read: the criterion it belongs to and its parsed value. */
export interface RawScore {
  /** The matched criterion's id; `null` for a layout-C total. */
  readonly criterionId: string | null;
  readonly cell: string;
  readonly value: CellNumber;
}

/** A number the sheet prints that Thi đua recomputes: a max, a subtotal, the total. */
export interface PrintedValue {
  /** The criterion's id; `null` for the sheet's total row. */
  readonly criterionId: string | null;
  readonly cell: string;
  readonly value: number;
}

/** A scored row that matches no criterion (`CRITERION_UNKNOWN`). */
export interface UnknownRow {
  /** The row's numbering and text as printed, for the message. */
  readonly label: string;
  readonly cell: string;
  readonly value: CellNumber;
}

/**
 * What one scorer gave one ratee in one sheet (or one column of a matrix, or
 * one cell of a totals table), exactly as read.
 */
export interface RawScoresheet {
  readonly layout: LayoutId;
  readonly file: string;
  readonly sheet: string;
  readonly scorer: NameRef;
  /** `null` when the sheet scores its own scorer (a self-score column or sheet). */
  readonly ratee: NameRef | null;
  /**
   * `self` when the score column's label says so (*Tự chấm*); a cross column
   * whose ratee turns out to be the scorer is found later (`SELF_SCORE_IN_CROSS`).
   */
  readonly kind: ScoreKind;
  /** The score column's A1 letters (layouts A, B) or the cell (layout C), for messages. */
  readonly column: string;
  /** Leaves scored, in sheet order; layout C holds one entry, the total. */
  readonly scores: readonly RawScore[];
  /** Leaves of the criteria table with no row in this sheet (layouts A, B). */
  readonly absentLeaves: readonly string[];
  readonly printedMaxima: readonly PrintedValue[];
  /** Parent rows' and the total row's printed values in the score column. */
  readonly printedSubtotals: readonly PrintedValue[];
  readonly unknownRows: readonly UnknownRow[];
}
