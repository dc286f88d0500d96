import { checkSheet, hasError } from "../check/sheet-rules";
import { criteriaMaxMismatchIssues } from "../check/criteria-max-mismatch";
import { duplicateScoresheets } from "../check/duplicate-scoresheet";
import { layoutUnrecognized } from "../check/layout-unrecognized";
import { makeIssue } from "../check/make-issue";
import { isGiven } from "../check/pairs";
import type { CheckContext, ResolvedSheet } from "../check/rule";
import { missingScoresheets } from "../check/scoresheet-missing";
import { unitIssue } from "../check/unit-issues";
import type { Grid } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Scoresheet, ScoreEntry } from "../model/scoresheet";
import type { Unit } from "../model/unit";
import { sheetTotal } from "../rank/total";
import { memoize } from "../text/memoize";
import { normalizeText } from "../text/normalize";
import type { CellNumber } from "./cell-number";
import { classifyFiles } from "./classify";
import { buildCriterionIndex, readCriteriaTable, type CriteriaTableRead } from "./criteria-table";
import { LAYOUTS } from "./layouts/index";
import type { NameRef, RawScoresheet, SheetContext } from "./layouts/layout";
import { readRoster } from "./roster";
import { createUnitMatcher, type UnitMatch, type UnitMatcher } from "./unit-match";
import { scorerFromFileName } from "./unit-name";

/** A file handed to the import: its sheets, or why it could not be read. */
export type WorkbookInput =
  | { readonly file: string; readonly grids: readonly Grid[] }
  | { readonly file: string; readonly unreadable: Issue };

export interface ImportRequest {
  readonly workbooks: readonly WorkbookInput[];
  /** The files the user named as the criteria table and the roster; found by content otherwise. */
  readonly criteriaFile?: string;
  readonly rosterFile?: string;
  /** A roster given as plain text, one unit a line (already read). */
  readonly rosterUnits?: readonly Unit[];
}

/** One scorer→ratee sheet after the checks, with what ranking needs. */
export interface CheckedSheet {
  readonly scoresheet: Scoresheet;
  readonly issues: readonly Issue[];
  /** Left out of the ratee's average: it has an error, or is a duplicate. */
  readonly excluded: boolean;
  /** SPEC §4's total; `null` when the sheet is excluded. */
  readonly total: number | null;
}

export interface ImportResult {
  readonly criteria: CriteriaTableRead;
  readonly units: readonly Unit[];
  /** No roster was given: the units were inferred from the scoresheets, for the user to confirm. */
  readonly unitsInferred: boolean;
  readonly sheets: readonly CheckedSheet[];
  /** Every issue, file by file in import order, then the block's (missing sheets). */
  readonly issues: readonly Issue[];
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: false; readonly reason: "no-criteria-table" | "criteria-unreadable"; readonly issues: readonly Issue[] };

/**
 * From the workbooks an officer hands over to one checked model of the block:
 * find the criteria table and the roster, read every sheet in the layout it is
 * in, match names to the roster, and run every rule of SPEC §3.
 */
export function importBlock(request: ImportRequest): ImportOutcome {
  const readable = request.workbooks.filter((w): w is Extract<WorkbookInput, { grids: readonly Grid[] }> => "grids" in w);
  const unreadable = request.workbooks.flatMap((w) => ("unreadable" in w ? [w.unreadable] : []));

  const roles = findRoles(request, readable);
  if (!roles.criteria) return { ok: false, reason: roles.criteriaNamed ? "criteria-unreadable" : "no-criteria-table", issues: unreadable };
  const criteria = readCriteriaTable(roles.criteria.grid);
  if (!criteria || criteria.table.criteria.length === 0) return { ok: false, reason: "criteria-unreadable", issues: unreadable };

  const index = buildCriterionIndex(criteria.table);
  const checkContext: CheckContext = { table: criteria.table, criteriaById: index.byId };
  const issues: Issue[] = [...unreadable, ...criteriaMaxMismatchIssues(criteria)];

  const rosterUnits = request.rosterUnits ?? (roles.roster ? readRoster(roles.roster.grid)?.units : undefined);

  const raws: RawScoresheet[] = [];
  for (const workbook of readable) {
    if (roles.notScoresheets.has(workbook.file)) continue;
    const context: SheetContext = {
      table: criteria.table,
      criteriaById: index.byId,
      criteriaByText: index.byText,
      scorerFromFileName: scorerFromFileName(workbook.file),
    };
    // A fault of ours on one strange workbook must not cost the officer the others.
    try {
      const { sheets, issues: layoutIssues } = readWorkbookSheets(workbook.grids, context);
      raws.push(...sheets);
      issues.push(...layoutIssues);
    } catch (error) {
      issues.push(makeIssue("FILE_UNREADABLE", { file: workbook.file }, { reason: "reader-failed", detail: String(error).slice(0, 200) }));
    }
  }

  const units = rosterUnits ? [...rosterUnits] : inferUnits(raws);
  const resolved = resolveSheets(raws, createUnitMatcher(units), issues);

  const { duplicates, bySheet: duplicateIssueOf } = duplicateScoresheets(resolved);
  const sheets: CheckedSheet[] = resolved.map((sheet) => {
    const duplicate = duplicateIssueOf.get(sheet);
    const own = [...checkSheet(sheet, checkContext), ...(duplicate ? [duplicate] : [])];
    issues.push(...own);
    const excluded = hasError(own) || duplicates.has(sheet);
    const scoresheet = toScoresheet(sheet);
    return { scoresheet, issues: own, excluded, total: excluded ? null : totalOf(scoresheet, index.byId) };
  });
  issues.push(...missingScoresheets(resolved, units));

  return { ok: true, result: { criteria, units, unitsInferred: !rosterUnits, sheets, issues: onePerCell(issues) } };
}

interface Located {
  readonly file: string;
  readonly grid: Grid;
}

interface Roles {
  readonly criteriaNamed: boolean;
  readonly criteria?: Located;
  readonly roster?: Located;
  /** Files not to read as scoresheets: the criteria table, the roster, and rosters passed over. */
  readonly notScoresheets: ReadonlySet<string>;
}

/** The criteria table and the roster: named by the user, else told apart by content. */
function findRoles(request: ImportRequest, readable: readonly { file: string; grids: readonly Grid[] }[]): Roles {
  const named = (file: string | undefined, fits: (grid: Grid) => boolean): Located | undefined => {
    const workbook = readable.find((w) => w.file === file);
    const grid = workbook?.grids.find(fits);
    return workbook && grid ? { file: workbook.file, grid } : undefined;
  };
  const needsClassifying = request.criteriaFile === undefined || (request.rosterFile === undefined && !request.rosterUnits);
  const classified = needsClassifying ? classifyFiles(readable) : null;

  const criteria =
    request.criteriaFile !== undefined ? named(request.criteriaFile, (g) => readCriteriaTable(g) !== null) : classified?.criteria ?? undefined;
  const roster =
    request.rosterFile !== undefined
      ? named(request.rosterFile, (g) => readRoster(g) !== null)
      : request.rosterUnits
        ? undefined
        : classified?.roster ?? undefined;
  const passedOverRosters = (classified?.conflicts ?? []).filter((c) => c.kind === "roster").flatMap((c) => c.candidates.map((x) => x.file));
  const notScoresheets = new Set([criteria?.file, roster?.file, request.rosterFile, ...passedOverRosters].filter((f) => f !== undefined));
  return { criteriaNamed: request.criteriaFile !== undefined, ...(criteria ? { criteria } : {}), ...(roster ? { roster } : {}), notScoresheets };
}

/** Every sheet in the first layout that recognises it; sheets none recognises are reported. */
function readWorkbookSheets(grids: readonly Grid[], context: SheetContext) {
  const sheets: RawScoresheet[] = [];
  const unrecognized: Grid[] = [];
  for (const grid of grids) {
    const found = firstLayout(grid, context);
    if (found) sheets.push(...found);
    else unrecognized.push(grid);
  }
  const usable = unrecognized.length < grids.length;
  return { sheets, issues: unrecognized.map((grid) => layoutUnrecognized(grid.file, grid.sheet, usable)) };
}

function firstLayout(grid: Grid, context: SheetContext): RawScoresheet[] | null {
  for (const layout of LAYOUTS) {
    const sheets = layout.read(grid, context);
    if (sheets) return sheets;
  }
  return null;
}

/**
 * Without a roster, the units are the names the scoresheets use: full names
 * first, so that an abbreviation met later joins the unit it abbreviates.
 */
function inferUnits(raws: readonly RawScoresheet[]): Unit[] {
  const names = new Map<string, string>();
  for (const raw of raws) {
    for (const ref of [raw.scorer, raw.ratee]) {
      if (ref && ref.text.trim() !== "") names.set(normalizeText(ref.text), ref.text.trim());
    }
  }
  const units: Unit[] = [];
  for (const name of [...names.values()].sort((a, b) => b.length - a.length)) {
    if (createUnitMatcher(units)(name).kind === "unknown") units.push({ name, aliases: [] });
  }
  return units.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/**
 * Match each sheet's scorer and ratee to the roster. A sheet with a name that
 * matches no single unit cannot be attributed: it is dropped, and the name is
 * reported once per cell (or once per file, for a name taken from the file's
 * name), with whichever of scorer and ratee is known.
 */
function resolveSheets(raws: readonly RawScoresheet[], match: UnitMatcher, issues: Issue[]): ResolvedSheet[] {
  const reported = new Set<string>();
  const report = (ref: NameRef, result: Exclude<UnitMatch, { kind: "match" }>, raw: RawScoresheet, who: { scorer?: string; ratee?: string }) => {
    const key = ref.cell ? `${raw.file}|${raw.sheet}|${ref.cell}` : `${raw.file}|${ref.from}|${normalizeText(ref.text)}`;
    if (reported.has(key)) return;
    reported.add(key);
    issues.push(unitIssue(ref.text, result, { file: raw.file, sheet: raw.sheet, ...(ref.cell ? { cell: ref.cell } : {}), ...who }));
  };

  const resolved: ResolvedSheet[] = [];
  for (const raw of raws) {
    const scorerMatch = match(raw.scorer.text);
    if (scorerMatch.kind !== "match") {
      report(raw.scorer, scorerMatch, raw, { scorer: raw.scorer.text, ...(raw.ratee ? { ratee: raw.ratee.text } : {}) });
      continue;
    }
    const scorer = scorerMatch.unit;
    const rateeMatch: UnitMatch = raw.ratee === null ? scorerMatch : match(raw.ratee.text);
    if (rateeMatch.kind !== "match") {
      if (raw.ratee) report(raw.ratee, rateeMatch, raw, { scorer: scorer.name, ratee: raw.ratee.text });
      continue;
    }
    const ratee = rateeMatch.unit;
    const samePair = scorer === ratee;
    const sheet: ResolvedSheet = {
      raw,
      scorer,
      ratee,
      kind: raw.kind === "self" || samePair ? "self" : "cross",
      declaredCross: raw.kind === "cross" && samePair,
    };
    if (isGiven(sheet)) resolved.push(sheet);
  }
  return resolved;
}

/**
 * A matrix sheet (layout B) prints its maxima once for all its ratee
 * columns: an outdated max is one issue per cell, not one per column. Where
 * the same cell's issue was raised for several ratees, it keeps no ratee.
 */
function onePerCell(issues: readonly Issue[]): Issue[] {
  const byCell = new Map<string, Issue>();
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== "MAX_MISMATCH" || !issue.cell) {
      out.push(issue);
      continue;
    }
    const key = `${issue.file}|${issue.sheet}|${issue.cell}`;
    const first = byCell.get(key);
    if (!first) {
      byCell.set(key, issue);
      out.push(issue);
    } else if (first.ratee !== undefined && first.ratee !== issue.ratee) {
      const { ratee: _shared, ...withoutRatee } = first;
      out[out.indexOf(first)] = withoutRatee;
      byCell.set(key, withoutRatee);
    }
  }
  return out;
}

function toScoresheet(sheet: ResolvedSheet): Scoresheet {
  const { raw } = sheet;
  const source = { file: raw.file, sheet: raw.sheet };
  const entries: ScoreEntry[] = raw.scores.map((score) => ({
    scorer: sheet.scorer.name,
    ratee: sheet.ratee.name,
    criterionId: score.criterionId,
    value: score.value.kind === "number" ? score.value.value : null,
    raw: rawText(score.value),
    kind: sheet.kind,
    source: { file: raw.file, sheet: raw.sheet, cell: score.cell },
  }));
  return { scorer: sheet.scorer.name, ratee: sheet.ratee.name, kind: sheet.kind, layout: raw.layout, source, entries };
}

// A block's half-million scores share a few hundred distinct values: one string each.
const numberText = memoize((value: number) => String(value), 10_000);

function rawText(value: CellNumber): string {
  switch (value.kind) {
    case "number":
      return numberText(value.value);
    case "text":
      return value.text;
    case "error":
      return value.error;
    case "blank":
      return "";
  }
}

function totalOf(scoresheet: Scoresheet, criteriaById: CheckContext["criteriaById"]): number | null {
  if (scoresheet.layout === "C") return scoresheet.entries[0]?.value ?? null;
  return sheetTotal(
    scoresheet.entries.flatMap((e) => (e.criterionId === null ? [] : [{ criterionId: e.criterionId, value: e.value }])),
    criteriaById,
  );
}
