/**
 * Telling the files of a folder apart (the folder case: the officer hands
 * over every workbook at once; the command line may still name the criteria
 * table and the roster explicitly, and then this is not needed for them).
 * By content only; the file name only breaks ties.
 *
 * **A sheet** is, in this order:
 * - **a template** when a text holds a `{{…}}` placeholder (template-look.ts);
 * - **a blank criteria table** when it has a criteria header
 *   (`findCriteriaHeader`: a text column and a max column) and its score
 *   columns — every other labelled header column (*Tự chấm*, *Khối chấm*,
 *   *Điểm chấm*, a ratee's name…) except max-like ones (*Tối đa*, *Điểm
 *   chuẩn*, *Thang điểm*, *… quy định*) and the allowed-values column — hold
 *   no number other than 0 under the header. Zeros do not count: a leader's
 *   template often sums its empty score columns (`=SUM(…)` caching 0);
 * - **a scored sheet** (layout A or B) when it has a criteria header and a
 *   number other than 0 in those columns;
 * - **a tally** when `looksLikeTally` says so (tally-look.ts);
 * - **a totals table** (layout C) when `readTotalsTable` reads it;
 * - **a roster** when `looksLikeRoster` says so;
 * - nothing otherwise (prose, a chart, an empty sheet).
 *
 * Only visible sheets are looked at, unless every sheet is hidden: a hidden
 * sheet of last year's scores does not make the leader's table a scoresheet.
 *
 * **A workbook** (`classifyWorkbook`) is:
 * - `own-result` when it holds our own result's tables (read/own-result.ts);
 * - `template` when any sheet is a template;
 * - `scoresheets` when any sheet is scored or a totals table (a member's
 *   workbook with one sheet left blank is still a scoresheet workbook);
 * - `criteria` when it holds one or two blank criteria tables (few sheets:
 *   a leader's table, maybe a second round's), the first of them; a roster
 *   sheet beside it (leaders who keep both in one workbook) is given as
 *   `roster`;
 * - `scoresheets` also when it holds three or more blank criteria tables: a
 *   member's per-ratee workbook sent back blank is no criteria table, and
 *   reading it reports the blanks (`SCORE_MISSING`), which is the news the
 *   officer needs;
 * - `own-result` also when it holds our documents' or ballot's tables
 *   (after templates: a block's template may start from ours);
 * - `tally` when a sheet is a tally;
 * - `roster` when a sheet is a roster (the first);
 * - `unknown` otherwise.
 * Tallies, templates and our result are set aside (`isSetAside`), never read
 * as scoresheets.
 *
 * **A folder** (`classifyFiles`): when several files look like the criteria
 * table (the leader's blank table and a member that sent its blank
 * template), one is chosen by, in order:
 * 1. naming no unit above its header: a member's per-ratee sheet sent back
 *    blank says *Đơn vị chấm: X* or *Đơn vị được chấm: Y* (a name, not a
 *    blank form's dots), which the leader's template never fills in;
 * 2. its file name saying so: *tiêu chí*, *thang điểm*, *điểm chuẩn*,
 *    *criteria* (strong), else *mẫu* / *template* (weak);
 * 3. its workbook also holding a roster sheet (the leader's habit);
 * 4. fewer score columns (a member's blank matrix has one per ratee; the
 *    leader's table one or two);
 * 5. the first in input order.
 * A `conflicts` entry names every candidate, the one chosen and the rule
 * that decided, so the caller can ask the user or raise an issue; the files
 * not chosen go to `scoresheetFiles` (most likely a blank scoresheet: read as
 * such, its blanks are reported). Rosters alike: several candidates (roster
 * workbooks, and the roster sheet of the chosen criteria workbook) are
 * ranked by a file name saying *danh sách*, *đơn vị*, *thành viên*,
 * *roster*, then a roster workbook of its own before a sheet inside the
 * criteria workbook, then input order; roster files not chosen appear only
 * in their conflict (they hold no scores).
 */
import type { CellValue, Grid } from "../model/grid";
import { normalizeText } from "../text/normalize";
import { cellNumber } from "../read/cell-number";
import { findCriteriaHeader, labelForms } from "../read/criteria/criteria-header";
import { readTotalsTable } from "../read/layouts/layout-c";
import { findLabelledName } from "../read/units/scorer-ratee";
import { RATEE_LABELS, SCORER_LABELS } from "../read/units/unit-name";
import { looksLikeRoster } from "../read/units/roster";
import type { ReadCache } from "../read/read-cache";
import { DOCUMENT_SCAN_ROWS, isOwnResult, type OwnHeaders } from "../read/own-result";
import { looksLikeTally } from "./tally-look";
import { looksLikeTemplate } from "./template-look";

export type WorkbookKind =
  | { readonly kind: "criteria"; readonly sheet: Grid; readonly roster?: Grid }
  | { readonly kind: "roster"; readonly sheet: Grid }
  | { readonly kind: "scoresheets" }
  /** Set aside for the meeting's features, never read as scores: a vote tally (§5.1), a document template (§7). */
  | { readonly kind: "tally" | "template" }
  /** Our own result workbook (§6), left out. */
  | { readonly kind: "own-result" }
  | { readonly kind: "unknown" };

/** The kinds of workbook an import sets aside rather than reads as scoresheets. */
export type SetAsideKind = "tally" | "template" | "own-result";

export function isSetAside(kind: WorkbookKind): kind is { readonly kind: SetAsideKind } {
  return kind.kind === "tally" || kind.kind === "template" || kind.kind === "own-result";
}

/** A sheet of a named file. */
export interface FileSheet {
  readonly file: string;
  readonly grid: Grid;
}

/** Why the chosen candidate won (the first rule of the ranking that told it apart). */
export type ConflictReason = "names-no-unit" | "file-name" | "with-roster" | "fewer-score-columns" | "standalone" | "first";

/** Two or more files looked like the criteria table, or like the roster. */
export interface ClassificationConflict {
  readonly kind: "criteria" | "roster";
  /** Every candidate, in input order, the chosen one included. */
  readonly candidates: readonly FileSheet[];
  readonly chosen: FileSheet;
  readonly reason: ConflictReason;
}

export interface FolderClassification {
  readonly criteria: FileSheet | null;
  readonly roster: FileSheet | null;
  /** Files to read as scoresheets, in input order (criteria candidates not chosen included). */
  readonly scoresheetFiles: readonly string[];
  /** Files that hold none of the above, in input order. */
  readonly unknown: readonly string[];
  readonly conflicts: readonly ClassificationConflict[];
}

/** Blank criteria tables in one workbook beyond which it is a blank scoresheet workbook. */
const MAX_CRITERIA_SHEETS = 2;

/** Header words of a column that holds maxima, not scores. */
const MAX_WORDS: readonly string[] = ["toi da", "chuan", "quy dinh", "thang diem"];

type SheetLook =
  | { readonly kind: "criteria"; readonly grid: Grid; readonly scoreColumns: number; readonly namesUnit: boolean }
  | { readonly kind: "scored" | "totals" | "roster" | "tally" | "template" | "none"; readonly grid: Grid };

const isMaxLabel = (label: CellValue): boolean =>
  labelForms(label).some((form) => MAX_WORDS.some((w) => ` ${form} `.includes(` ${w} `)));

/** The labels a scoresheet names its scorer or ratee by; bare *Đơn vị* is left out: a leader may head a table *Đơn vị: Khối …*. */
const UNIT_LABELS: readonly string[] = [...RATEE_LABELS, ...SCORER_LABELS.filter((l) => normalizeText(l) !== "don vi")];

/** A scorer or a ratee named above the header: a member's sheet, blank or not. */
function namesUnitAbove(grid: Grid, headerRow: number): boolean {
  return findLabelledName(grid, UNIT_LABELS, headerRow) !== null;
}

function lookAt(grid: Grid, cache: ReadCache | undefined): SheetLook {
  if (looksLikeTemplate(grid)) return { kind: "template", grid };
  const header = findCriteriaHeader(grid, cache);
  if (header) {
    const columns = header.otherColumns
      .filter((c) => c.column !== header.allowedColumn && !isMaxLabel(c.label.text) && !isMaxLabel(c.label.top))
      .map((c) => c.column);
    for (let row = header.firstDataRow; row < grid.rowCount; row++) {
      const cells = grid.rows[row] ?? [];
      for (const column of columns) {
        const n = cellNumber(cells[column] ?? null);
        if (n !== null && n !== 0) return { kind: "scored", grid };
      }
    }
    return { kind: "criteria", grid, scoreColumns: columns.length, namesUnit: namesUnitAbove(grid, header.headerRow) };
  }
  if (looksLikeTally(grid)) return { kind: "tally", grid };
  if (readTotalsTable(grid, cache) !== null) return { kind: "totals", grid };
  if (looksLikeRoster(grid)) return { kind: "roster", grid };
  return { kind: "none", grid };
}

/** What one workbook looks like to the classification: all it needs of the workbook's grids. */
export interface WorkbookLook {
  readonly kind: WorkbookKind;
  /** Score columns of the criteria sheet, for tie-breaking. */
  readonly scoreColumns: number;
  /** The criteria sheet names a scorer or ratee above its header, for tie-breaking. */
  readonly namesUnit?: boolean;
}

/** `ownHeaders`: the header rows of our own tables, to leave our result workbook out (see read/own-result.ts). */
export function lookAtWorkbook(grids: readonly Grid[], ownHeaders?: OwnHeaders, cache?: ReadCache): WorkbookLook {
  if (isOwnResult(grids, ownHeaders?.results)) return { kind: { kind: "own-result" }, scoreColumns: 0 };
  const visible = grids.filter((g) => !g.hidden);
  const looks = (visible.length > 0 ? visible : grids).map((grid) => lookAt(grid, cache));
  // A template may hold a table of averages, a filled copy beside it: the placeholders decide.
  if (looks.some((l) => l.kind === "template")) return { kind: { kind: "template" }, scoreColumns: 0 };
  if (looks.some((l) => l.kind === "scored" || l.kind === "totals")) return { kind: { kind: "scoresheets" }, scoreColumns: 0 };
  const criteria = looks.filter((l): l is Extract<SheetLook, { kind: "criteria" }> => l.kind === "criteria");
  const roster = looks.find((l) => l.kind === "roster")?.grid;
  if (criteria.length > MAX_CRITERIA_SHEETS) return { kind: { kind: "scoresheets" }, scoreColumns: 0 };
  const [first] = criteria;
  if (first) {
    return {
      kind: { kind: "criteria", sheet: first.grid, ...(roster ? { roster } : {}) },
      scoreColumns: first.scoreColumns,
      namesUnit: first.namesUnit,
    };
  }
  // After the scores (scoresheets with a document of ours beside them stay scoresheets), before rosters (our documents list units).
  if (isOwnResult(grids, ownHeaders?.documents, DOCUMENT_SCAN_ROWS)) return { kind: { kind: "own-result" }, scoreColumns: 0 };
  if (looks.some((l) => l.kind === "tally")) return { kind: { kind: "tally" }, scoreColumns: 0 };
  if (roster) return { kind: { kind: "roster", sheet: roster }, scoreColumns: 0 };
  return { kind: { kind: "unknown" }, scoreColumns: 0 };
}

/** What one workbook is, by its sheets' content (see the module's comment). */
export function classifyWorkbook(grids: readonly Grid[], ownHeaders?: OwnHeaders): WorkbookKind {
  return lookAtWorkbook(grids, ownHeaders).kind;
}

/** The file's base name, without its extension, as normalised words padded with spaces. */
function nameWords(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1).replace(/\.[^.]{1,5}$/, "");
  return ` ${normalizeText(base)} `;
}

const says = (file: string, phrases: readonly string[]) => phrases.some((p) => nameWords(file).includes(` ${p} `));

function criteriaNameScore(file: string): number {
  if (says(file, ["tieu chi", "thang diem", "diem chuan", "bang tieu chi", "criteria"])) return 2;
  return says(file, ["mau", "template"]) ? 1 : 0;
}

function rosterNameScore(file: string): number {
  return says(file, ["danh sach", "don vi", "thanh vien", "roster", "ds don vi"]) ? 1 : 0;
}

interface Candidate {
  readonly at: FileSheet;
  readonly index: number;
  /** Tie-breaking keys, higher first, in the order of `reasons`. */
  readonly keys: readonly number[];
}

/** The best candidate, and the first rule that set it apart from the runner-up. */
function choose(
  candidates: readonly Candidate[],
  reasons: readonly ConflictReason[],
): { chosen: Candidate; reason: ConflictReason } | null {
  const sorted = [...candidates].sort((a, b) => {
    for (let k = 0; k < a.keys.length; k++) {
      const d = (b.keys[k] ?? 0) - (a.keys[k] ?? 0);
      if (d !== 0) return d;
    }
    return a.index - b.index;
  });
  const [chosen, runnerUp] = sorted;
  if (!chosen) return null;
  let reason: ConflictReason = "first";
  if (runnerUp) {
    const k = chosen.keys.findIndex((key, i) => key !== runnerUp.keys[i]);
    if (k >= 0) reason = reasons[k] ?? "first";
  }
  return { chosen, reason };
}

/**
 * The criteria table, the roster and the scoresheet files of a folder (see
 * the module's comment for the rules and the tie-breaking).
 */
export function classifyFiles(files: readonly { readonly file: string; readonly grids: readonly Grid[] }[]): FolderClassification {
  return classifyLooks(files.map((f) => ({ file: f.file, look: lookAtWorkbook(f.grids) })));
}

/**
 * `classifyFiles` over workbooks already looked at (`lookAtWorkbook`): a
 * reader that drops each scoresheet workbook's grids once read keeps only
 * its look.
 */
export function classifyLooks(looked: readonly { readonly file: string; readonly look: WorkbookLook }[]): FolderClassification {
  const conflicts: ClassificationConflict[] = [];

  const criteriaCandidates: Candidate[] = [];
  looked.forEach(({ file, look }, index) => {
    if (look.kind.kind !== "criteria") return;
    criteriaCandidates.push({
      at: { file, grid: look.kind.sheet },
      index,
      keys: [look.namesUnit ? 0 : 1, criteriaNameScore(file), look.kind.roster ? 1 : 0, -look.scoreColumns],
    });
  });
  const criteriaChoice = choose(criteriaCandidates, ["names-no-unit", "file-name", "with-roster", "fewer-score-columns"]);
  conflicts.push(...conflictOf("criteria", criteriaCandidates, criteriaChoice));

  const rosterCandidates: Candidate[] = [];
  looked.forEach(({ file, look }, index) => {
    if (look.kind.kind === "roster") {
      rosterCandidates.push({ at: { file, grid: look.kind.sheet }, index, keys: [rosterNameScore(file), 1] });
    } else if (look.kind.kind === "criteria" && look.kind.roster && criteriaChoice?.chosen.index === index) {
      rosterCandidates.push({ at: { file, grid: look.kind.roster }, index, keys: [rosterNameScore(file), 0] });
    }
  });
  const rosterChoice = choose(rosterCandidates, ["file-name", "standalone"]);
  conflicts.push(...conflictOf("roster", rosterCandidates, rosterChoice));

  const scoresheetFiles: string[] = [];
  const unknown: string[] = [];
  looked.forEach(({ file, look }, index) => {
    if (look.kind.kind === "scoresheets") scoresheetFiles.push(file);
    else if (look.kind.kind === "criteria" && criteriaChoice?.chosen.index !== index) scoresheetFiles.push(file);
    else if (look.kind.kind === "unknown") unknown.push(file);
  });

  return {
    criteria: criteriaChoice?.chosen.at ?? null,
    roster: rosterChoice?.chosen.at ?? null,
    scoresheetFiles,
    unknown,
    conflicts,
  };
}

/** A conflict to report when several files were candidates for one role. */
function conflictOf(
  kind: ClassificationConflict["kind"],
  candidates: readonly Candidate[],
  choice: ReturnType<typeof choose>,
): ClassificationConflict[] {
  if (!choice || candidates.length < 2) return [];
  return [{ kind, candidates: candidates.map((c) => c.at), chosen: choice.chosen.at, reason: choice.reason }];
}
