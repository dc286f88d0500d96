/** From the sheets as read to the block's model (SPEC §2.4, §3): units matched, scores and totals kept. */
import { isGiven } from "../check/pairs";
import type { CheckContext, ResolvedSheet } from "../check/rule";
import { unitIssue, type UnitMismatch } from "../check/unit-issues";
import type { Issue } from "../model/issue";
import type { Scoresheet, ScoreEntry } from "../model/scoresheet";
import type { Unit } from "../model/unit";
import { sheetTotal } from "../rank/total";
import { cacheSlot, type ReadCache } from "../read/read-cache";
import { normalizeText } from "../text/normalize";
import type { CellNumber } from "../read/cell-number";
import type { NameRef, RawScoresheet } from "../read/layouts/layout";
import { createUnitMatcher, type UnitMatch, type UnitMatcher } from "../read/units/unit-match";
import { scoresOf } from "../read/layouts/index";

/**
 * Without a roster, the units are the names the scoresheets use: full names
 * first, so that an abbreviation met later joins the unit it abbreviates.
 */
export function inferUnits(raws: readonly RawScoresheet[]): Unit[] {
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
export function resolveSheets(raws: readonly RawScoresheet[], match: UnitMatcher, issues: Issue[]): ResolvedSheet[] {
  const reported = new Set<string>();
  const report = (ref: NameRef, result: UnitMismatch, raw: RawScoresheet, who: { scorer?: string; ratee?: string }) => {
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
export function onePerCell(issues: readonly Issue[]): Issue[] {
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

export function toScoresheet(sheet: ResolvedSheet, cache: ReadCache): Scoresheet {
  const { raw } = sheet;
  const source = { file: raw.file, sheet: raw.sheet };
  const entries: ScoreEntry[] = raw.scores.map((score) => ({
    scorer: sheet.scorer.name,
    ratee: sheet.ratee.name,
    criterionId: score.criterionId,
    value: score.value.kind === "number" ? score.value.value : null,
    raw: rawText(score.value, cache),
    kind: sheet.kind,
    source: { file: raw.file, sheet: raw.sheet, cell: score.cell },
  }));
  return { scorer: sheet.scorer.name, ratee: sheet.ratee.name, kind: sheet.kind, layout: raw.layout, source, entries };
}

// A block's half-million scores share a few hundred distinct values: one string each.
const NUMBER_TEXTS = cacheSlot<number, string>("score texts", 10_000);

function rawText(value: CellNumber, cache: ReadCache): string {
  switch (value.kind) {
    case "number":
      return cache.get(NUMBER_TEXTS, value.value, String);
    case "text":
      return value.text;
    case "error":
      return value.error;
    case "blank":
      return "";
  }
}

export function totalOf(scoresheet: Scoresheet, criteriaById: CheckContext["criteriaById"]): number | null {
  if (scoresOf(scoresheet.layout) === "total") return scoresheet.entries[0]?.value ?? null;
  return sheetTotal(
    scoresheet.entries.flatMap((e) => (e.criterionId === null ? [] : [{ criterionId: e.criterionId, value: e.value }])),
    criteriaById,
  );
}
