import type { Criterion, CriteriaTable } from "../model/criteria";
import type { Issue } from "../model/issue";
import type { ScoreKind } from "../model/scoresheet";
import type { Unit } from "../model/unit";
import type { RawScoresheet } from "../read/layouts/layout";

/**
 * A scoresheet whose scorer and ratee were found in the roster. `kind` is
 * final here: a cross-score sheet or column whose ratee is its scorer has
 * become `self` (and `declaredCross` remembers it, for SELF_SCORE_IN_CROSS).
 */
export interface ResolvedSheet {
  readonly raw: RawScoresheet;
  readonly scorer: Unit;
  readonly ratee: Unit;
  readonly kind: ScoreKind;
  readonly declaredCross: boolean;
}

/** What every rule may consult: the block's criteria, by id. */
export interface CheckContext {
  readonly table: CriteriaTable;
  readonly criteriaById: ReadonlyMap<string, Criterion>;
}

/**
 * One rule of SPEC §3 over one sheet: a small pure function per code, so a
 * rule can be read, tested and changed alone. It returns the issues it finds,
 * each with its code, severity, place and message params.
 */
export type SheetRule = (sheet: ResolvedSheet, context: CheckContext) => Issue[];

/** Place fields every issue about a sheet carries. */
export function sheetPlace(sheet: ResolvedSheet, cell?: string, criterion?: string) {
  return {
    file: sheet.raw.file,
    sheet: sheet.raw.sheet,
    ...(cell === undefined ? {} : { cell }),
    scorer: sheet.scorer.name,
    ratee: sheet.ratee.name,
    ...(criterion === undefined ? {} : { criterion }),
  };
}
