/**
 * From the engine's results to the seven structured sheets of SPEC §6, in
 * its order, described as data for a WorkbookSink: pure, no Excel, so every
 * sink writes the same sheets. The workbook opens on Tổng hợp.
 *
 * Decisions beyond SPEC §6:
 * - **tdScores** has one row per score entry of every checked sheet, the
 *   sheets left out included, in import order. A layout-C total has a blank
 *   criterion id (language-neutral: no magic word for tools to know); the
 *   sheet's title lines say so. A cell that is no number shows what was
 *   typed, as text, in the value column, so the row an issue links to shows
 *   the offending entry; a blank cell is blank.
 * - **tdIssues** keeps the issues' order (file by file, as in the JSON). The
 *   cell column links to the tdScores row (the whole row is selected) when
 *   the issue's file, sheet and cell are those of a score; otherwise it is
 *   plain text.
 * - **tdSummary** lists every roster unit by rank, then one column per
 *   roster unit as scorer (roster order) with the valid cross total it gave;
 *   a unit's own column is blank. Kendall's W and the block mean are title
 *   lines; each scorer's leniency is a second table, `tdScorers`, under it.
 * - Words in cells (severity, kinds, levels, roles) follow `lang`; codes,
 *   ids and names stay as they are. Numbers are exact; number formats round
 *   (`settings.rounding` decimals for averages, totals, gaps and leniency).
 */
import { passedOverLine } from "../core/i18n/passed-over-words";
import { passedOver, type PassedOver } from "../core/nominate/passed-over";
import { type ProposalVote, proposalPasses, voteShare } from "../core/model/vote";
import type { Lang } from "../core/i18n/lang";
import type { Award } from "../core/model/award";
import type { BlockSettings } from "../core/model/block";
import type { CriteriaTable } from "../core/model/criteria";
import type { Issue } from "../core/model/issue";
import type { Nomination, Ranking } from "../core/model/result";
import type { Unit } from "../core/model/unit";
import { formatNumber, issueMessage, type MessageOptions } from "../core/i18n/issues";
import type { SheetOutcome } from "../core/rank/rank-block";
import { columnLetters } from "../core/model/address";
import { decimalsFormat } from "../core/text/number-format";
import { HEADERS, WORDS, type Words } from "./columns";
import { sheetName } from "./sheet-names";
import { meetingSettingsRows } from "./meeting-rows";
import { voteSettingsRows } from "./vote-settings-rows";
import type { MeetingDetails } from "../core/documents/meeting";
import type { ColumnSpec, LinkCell, OutputCell, RowHighlight, SheetSpec, TableSpec } from "./ports/sink";
import { mainTableRow } from "./ports/sink";
import { printable } from "./print-setup";
import { blockAndYear } from "../core/documents/meeting";

/** A checked scorer→ratee sheet, as ranking takes it (the import's `CheckedSheet` is one). */
export type ResultSheetInput = SheetOutcome;

export interface ResultInput {
  readonly settings: BlockSettings;
  readonly units: readonly Unit[];
  readonly criteria: CriteriaTable;
  readonly sheets: readonly ResultSheetInput[];
  /** Every issue, in the order reported (the import's, then the nominations'). */
  readonly issues: readonly Issue[];
  /** `null` before the block is ranked: then only the sheets up to Kiểm tra are made. */
  readonly ranking: Ranking | null;
  readonly nominations: readonly Nomination[];
  /** The meeting's details (SPEC §7), kept in Cài đặt below the settings. */
  readonly meeting?: MeetingDetails;
  /** How Kiểm tra says its issues (the command line's own way to give a missing value); the pane's by default. */
  readonly messages?: MessageOptions;
  /** Absent or without an entry for a proposal: its vote columns stay blank. */
  readonly votes?: readonly ProposalVote[];
  /**
   * The name the sheets of the workbook the results go into were imported
   * under (the pane's "this workbook"): an issue at one of their cells links
   * to that very cell, not to its row of scores.
   */
  readonly thisWorkbook?: string;
}

/** Widths in characters: a Vietnamese unit name runs to ~40. */
const W = { name: 42, file: 30, sheet: 24, id: 12, number: 11, short: 9, kind: 13, message: 90, text: 60, setting: 44, value: 70 };

const PERCENT = "0.0%";
/** Tổng hợp's unit column and each scorer's column: narrow enough that eleven scorers print on one A4 page at about 80 %. */
const SUMMARY_NAME = 34;
const SCORER_COLUMN = 8;

export { decimalsFormat };

/** The seven sheets of SPEC §6 for a ranked block. */
export function resultSheets(input: ResultInput, lang: Lang): SheetSpec[] {
  const words = WORDS[lang];
  const rounded = decimalsFormat(input.settings.rounding);
  const blockLine = words.titles.block(input.settings.blockName.trim(), input.settings.year);
  const withBlock = (first: string, ...rest: string[]) => [first, ...(blockLine ? [blockLine] : []), ...rest];

  const scores = scoresSheet(input, lang, withBlock);
  const imported = [
    settingsSheet(input, lang, withBlock),
    unitsSheet(input, lang, withBlock),
    criteriaSheet(input, lang, withBlock),
    scores.sheet,
    issuesSheet(input, lang, withBlock, scores.rowOfCell),
  ];
  const named = blockAndYear(input.settings, input.meeting);
  const print = (sheet: SheetSpec) => printable(sheet, words.titles.block(named.blockName, named.year));
  if (!input.ranking) return imported.map(print);
  return [...imported, summarySheet(input, input.ranking, lang, withBlock, rounded), nominationsSheet(input, lang, withBlock, rounded)].map(print);
}


type TitleLines = (first: string, ...rest: string[]) => string[];

function columns(headers: readonly string[], specs: readonly Omit<ColumnSpec, "header">[]): ColumnSpec[] {
  return headers.map((header, i) => ({ header, ...specs[i] }));
}

// ----------------------------------------------------------------- settings

function settingsSheet(input: ResultInput, lang: Lang, titles: TitleLines): SheetSpec {
  const words = WORDS[lang];
  const { settings } = input;
  const s = words.settings;
  const rows: OutputCell[][] = [
    [s.blockName, settings.blockName],
    [s.year, settings.year],
    [s.method, words.method(settings.method, settings.trim)],
    [s.trim, settings.method === "trimmed" ? settings.trim : null],
    [s.rounding, settings.rounding],
    ...settings.awards.map((award, i): OutputCell[] => [s.award(i + 1), awardText(award, words, lang)]),
    [s.voteThreshold, words.voteThreshold(percentText(settings.voteThreshold, lang), settings.voteRule)],
    ...voteSettingsRows(settings, lang),
    ...meetingSettingsRows(input.meeting, lang),
  ];
  return {
    name: sheetName("tdSettings", lang),
    titleLines: titles(words.titles.settings),
    table: { name: "tdSettings", columns: columns(HEADERS[lang].tdSettings, [{ width: W.setting }, { width: W.value, wrap: true }]), rows },
  };
}

function awardText(award: Award, words: Words, lang: Lang): string {
  const quota = typeof award.quota === "number" ? String(award.quota) : words.quotaPercent(award.quota);
  const min = award.minAverage === undefined ? null : formatNumber(award.minAverage, lang);
  return `${award.name} (${award.id}): ${words.award(quota, min, award.requiresRegistration)}`;
}

// -------------------------------------------------------------------- units

function unitsSheet(input: ResultInput, lang: Lang, titles: TitleLines): SheetSpec {
  const words = WORDS[lang];
  const rows = input.units.map((unit): OutputCell[] => [
    unit.name,
    unit.aliases.length > 0 ? unit.aliases.join("; ") : null,
    unit.registration?.trim() ? unit.registration : null,
    unit.role ? words.role[unit.role] : null,
  ]);
  return {
    name: sheetName("tdUnits", lang),
    titleLines: titles(words.titles.units(input.units.length)),
    table: {
      name: "tdUnits",
      columns: columns(HEADERS[lang].tdUnits, [{ width: W.name }, { width: W.name }, { width: 34 }, { width: 18 }]),
      rows,
    },
  };
}

// ----------------------------------------------------------------- criteria

function criteriaSheet(input: ResultInput, lang: Lang, titles: TitleLines): SheetSpec {
  const words = WORDS[lang];
  const { criteria, base } = input.criteria;
  const rows = criteria.map((c): OutputCell[] => [
    c.id,
    words.level[c.level],
    c.parentId,
    c.text,
    c.maxPoints,
    words.criterionKind[c.kind],
    c.allowedValues && c.allowedValues.length > 0 ? c.allowedValues.map((v) => formatNumber(v, lang)).join("; ") : null,
  ]);
  const leaves = criteria.filter((c) => c.isLeaf).length;
  return {
    name: sheetName("tdCriteria", lang),
    titleLines: titles(words.titles.criteria(leaves, formatNumber(base, lang))),
    table: {
      name: "tdCriteria",
      columns: columns(HEADERS[lang].tdCriteria, [
        { width: W.id },
        { width: W.kind },
        { width: W.id },
        { width: W.text, wrap: true },
        { width: W.number },
        { width: W.kind },
        { width: 18 },
      ]),
      rows,
    },
  };
}

// ------------------------------------------------------------------- scores

/** `file|sheet|cell` of a source cell: how an issue finds its score. */
function cellKey(file: string | undefined, sheet: string | undefined, cell: string | undefined): string | null {
  return file !== undefined && sheet !== undefined && cell !== undefined ? `${file}\u0000${sheet}\u0000${cell.toUpperCase()}` : null;
}

/**
 * The score table's rows and the rows issues point at, kept per block (its
 * `sheets` array), language and cells wanted: the pane writes the sheets
 * again at each step, and rebuilding half a million rows it already had
 * blocked the page for half a second at L (issue 24). The rows are never
 * changed once made.
 */
const scoreRows = new WeakMap<object, { readonly key: string; readonly rows: OutputCell[][]; readonly indexOfCell: ReadonlyMap<string, number> }>();

function scoresSheet(input: ResultInput, lang: Lang, titles: TitleLines) {
  const words = WORDS[lang];
  // Only the cells some issue points at need remembering: a block's scores run to hundreds of thousands.
  const { wanted, key } = scoreRowsKey(input, lang);
  const kept = scoreRows.get(input.sheets);
  const { rows, indexOfCell } = kept?.key === key ? kept : scoreRowsOf(input, lang, wanted);
  if (kept?.key !== key) scoreRows.set(input.sheets, { key, rows, indexOfCell });

  const excluded = input.sheets.filter((s) => s.excluded).length;
  const header = HEADERS[lang].tdScores;
  const sheet: SheetSpec = {
    name: sheetName("tdScores", lang),
    titleLines: titles(words.titles.scores(rows.length, input.sheets.length, excluded), words.titles.scoresHowTo),
    table: {
      name: "tdScores",
      columns: columns(header, [
        { width: W.name },
        { width: W.name },
        { width: W.id },
        {
          width: W.number,
          validation: {
            kind: "decimal",
            // Any score a table can hold (bases of 100, 200, 1000, bonuses, deductions as typed):
            // the validation is there for its message, not to police values.
            min: -1_000_000,
            max: 1_000_000,
            prompt: { title: words.scoreValidation.promptTitle, message: words.scoreValidation.prompt },
            errorStyle: "warning",
            error: { title: words.scoreValidation.errorTitle, message: words.scoreValidation.error },
          },
        },
        { width: W.kind },
        { width: W.file },
        { width: W.sheet },
        { width: W.short },
      ]),
      rows,
    },
  };

  const lastColumn = columnLetters(header.length - 1);
  const rowOfCell = (issue: Issue): string | null => {
    const key = cellKey(issue.file, issue.sheet, issue.cell);
    const index = key === null ? undefined : indexOfCell.get(key);
    if (index === undefined) return null;
    const row = mainTableRow(sheet, index);
    return `A${row}:${lastColumn}${row}`;
  };
  return { sheet, rowOfCell };
}

type ScoreRows = { rows: OutputCell[][]; indexOfCell: Map<string, number> };

/** The cells some issue points at, and the key the rows are kept under. */
function scoreRowsKey(input: Pick<ResultInput, "issues">, lang: Lang): { wanted: Set<string>; key: string } {
  const wanted = new Set(input.issues.flatMap((i) => cellKey(i.file, i.sheet, i.cell) ?? []));
  return { wanted, key: `${lang}\n${[...wanted].sort().join("\n")}` };
}

/**
 * The score table's rows made ahead in slices, `breathe` awaited between
 * them, and kept for the next `resultSheets` of the same block, issues and
 * language: the pane's page is not held while half a million rows are made
 * (issue 24). The same rows as `resultSheets` makes itself.
 */
export async function keepScoreRows(input: Pick<ResultInput, "sheets" | "issues">, lang: Lang, breathe: () => Promise<void>): Promise<void> {
  const { wanted, key } = scoreRowsKey(input, lang);
  if (scoreRows.get(input.sheets)?.key === key) return;
  const steps = scoreRowSteps(input, lang, wanted);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      scoreRows.set(input.sheets, { key, ...step.value });
      return;
    }
    await breathe();
  }
}

/** Scoresheets turned into rows between two pauses of `keepScoreRows` (120 scores each at L). */
const SCORESHEETS_PER_SLICE = 512;

function scoreRowsOf(input: Pick<ResultInput, "sheets">, lang: Lang, wanted: ReadonlySet<string>): ScoreRows {
  const steps = scoreRowSteps(input, lang, wanted);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

function* scoreRowSteps(input: Pick<ResultInput, "sheets">, lang: Lang, wanted: ReadonlySet<string>): Generator<void, ScoreRows, void> {
  const words = WORDS[lang];
  let done = 0;
  const indexOfCell = new Map<string, number>();
  const rows: OutputCell[][] = [];
  for (const { scoresheet } of input.sheets) {
    for (const entry of scoresheet.entries) {
      const key = cellKey(entry.source.file, entry.source.sheet, entry.source.cell);
      if (key !== null && wanted.has(key) && !indexOfCell.has(key)) indexOfCell.set(key, rows.length);
      rows.push([
        entry.scorer,
        entry.ratee,
        entry.criterionId,
        entry.value ?? (entry.raw.trim() === "" ? null : entry.raw),
        words.scoreKind[entry.kind],
        entry.source.file,
        entry.source.sheet ?? null,
        entry.source.cell ?? null,
      ]);
    }
    if (++done % SCORESHEETS_PER_SLICE === 0) yield;
  }
  return { rows, indexOfCell };
}

// ------------------------------------------------------------------- issues

/** Excel's "light red fill, dark red text" and "yellow fill, dark yellow text". */
const ERROR_TONE = { fill: "#FFC7CE", fontColor: "#9C0006" };
const WARNING_TONE = { fill: "#FFEB9C", fontColor: "#9C5700" };

function issuesSheet(input: ResultInput, lang: Lang, titles: TitleLines, rowOfCell: (issue: Issue) => string | null): SheetSpec {
  const words = WORDS[lang];
  const scoresSheetName = sheetName("tdScores", lang);
  const rows = input.issues.map((issue): OutputCell[] => {
    const target = rowOfCell(issue);
    const atItsSource = input.thisWorkbook !== undefined && issue.file === input.thisWorkbook && issue.sheet !== undefined;
    const cell: OutputCell =
      issue.cell === undefined
        ? null
        : atItsSource
          ? ({ text: issue.cell, sheet: issue.sheet as string, cell: issue.cell, userSheet: true } satisfies LinkCell)
          : target === null
            ? issue.cell
            : ({ text: issue.cell, sheet: scoresSheetName, cell: target } satisfies LinkCell);
    return [
      words.severity[issue.severity],
      issue.code,
      issueMessage(issue, lang, input.messages),
      issue.scorer ?? null,
      issue.ratee ?? null,
      issue.criterion ?? null,
      issue.file ?? null,
      issue.sheet ?? null,
      cell,
    ];
  });
  const count = (severity: Issue["severity"]) => input.issues.filter((i) => i.severity === severity).length;
  const highlights: RowHighlight[] = [
    { column: 0, equals: words.severity.error, ...ERROR_TONE },
    { column: 0, equals: words.severity.warning, ...WARNING_TONE },
  ];
  return {
    name: sheetName("tdIssues", lang),
    titleLines: titles(words.titles.issues(count("error"), count("warning")), words.titles.issuesHowTo),
    table: {
      name: "tdIssues",
      columns: columns(HEADERS[lang].tdIssues, [
        { width: W.kind },
        { width: 24 },
        { width: W.message, wrap: true },
        { width: W.name },
        { width: W.name },
        { width: W.id },
        { width: W.file },
        { width: W.sheet },
        { width: W.short },
      ]),
      rows,
      highlights,
    },
  };
}

// ------------------------------------------------------------------ summary

function summarySheet(input: ResultInput, ranking: Ranking, lang: Lang, titles: TitleLines, rounded: string): SheetSpec {
  const words = WORDS[lang];
  const scorers = input.units.map((u) => u.name);
  const rows = ranking.units.map((u): OutputCell[] => [
    u.rank,
    u.unit,
    u.average,
    u.scorers,
    u.excluded,
    u.selfScore,
    u.gap,
    ...scorers.map((scorer) => u.totalsByScorer.get(scorer) ?? null),
  ]);
  const decimals = input.settings.rounding;
  const { agreement } = ranking;
  const scorerRows = ranking.scorers.map((s): OutputCell[] => [s.scorer, s.given, s.mean, s.leniency, s.outlier ? words.yes : null]);

  const table: TableSpec = {
    name: "tdSummary",
    columns: [
      // Narrow columns, the labels and the scorers' names wrapping in the header: Tổng hợp prints one A4 page wide, legibly.
      ...columns(HEADERS[lang].tdSummary, [
        { width: W.short },
        { width: SUMMARY_NAME },
        { width: W.short, numberFormat: rounded },
        { width: W.short },
        { width: W.short },
        { width: W.short, numberFormat: rounded },
        { width: W.number, numberFormat: rounded },
      ]),
      ...scorers.map((scorer): ColumnSpec => ({ header: scorer, width: SCORER_COLUMN, numberFormat: rounded })),
    ],
    rows,
  };
  return {
    name: sheetName("tdSummary", lang),
    active: true,
    titleLines: titles(
      words.titles.summary,
      words.titles.summaryMethod(words.method(ranking.method, ranking.trim)),
      words.titles.agreement(agreement.w === null ? null : fixedText(agreement.w, 3, lang), agreement.scorers, agreement.units),
      words.titles.blockMean(ranking.blockMean === null ? null : fixedText(ranking.blockMean, decimals, lang)),
    ),
    table,
    moreTables: [
      {
        caption: words.titles.scorersCaption,
        table: {
          name: "tdScorers",
          columns: columns(HEADERS[lang].tdScorers, [
            // Column A is Tổng hợp's rank column too: a name of two lines keeps the summary narrow enough to print.
            { width: 20, wrap: true },
            { width: W.number },
            { width: W.number, numberFormat: rounded },
            { width: W.number, numberFormat: rounded },
            { width: W.number },
          ]),
          rows: scorerRows,
        },
      },
    ],
    chart: { title: words.chartTitle, categoryColumn: 1, valueColumn: 2 },
  };
}

// -------------------------------------------------------------- nominations

function nominationsSheet(input: ResultInput, lang: Lang, titles: TitleLines, rounded: string): SheetSpec {
  const words = WORDS[lang];
  const votes = new Map((input.votes ?? []).map((v) => [`${v.unit}\u0000${v.award}`, v]));
  const over = passedOverByRow(input, lang);
  const rows = input.nominations.map((n, i): OutputCell[] => {
    const v = votes.get(`${n.unit}\u0000${n.award}`);
    const share = v ? voteShare(v) : null;
    return [
      i + 1,
      n.unit,
      n.average,
      n.rank,
      n.awardName,
      v ? v.votesFor : null,
      share,
      v ? (proposalPasses(v, input.settings) ? words.voteResult.passed : words.voteResult.failed) : null,
      over[i] ?? null,
    ];
  });

  const ties = new Map<string, string[]>();
  for (const n of input.nominations.filter((n) => n.tied)) ties.set(n.awardName, [...(ties.get(n.awardName) ?? []), n.unit]);
  const tieLines = [...ties].map(([award, units]) => words.titles.nominationsTie(units.join(", "), award));
  const outvoted = new Map<string, string[]>();
  for (const n of input.nominations.filter((n) => votes.get(`${n.unit}\u0000${n.award}`)?.outvoted)) {
    outvoted.set(n.awardName, [...(outvoted.get(n.awardName) ?? []), n.unit]);
  }
  const outvotedLines = [...outvoted].map(([award, units]) => words.titles.nominationsOutvoted(units.join(", "), award));

  return {
    name: sheetName("tdNominations", lang),
    titleLines: titles(words.titles.nominations, ...tieLines, ...outvotedLines, ...(input.votes === undefined ? [words.titles.nominationsVotes] : [])),
    table: {
      name: "tdNominations",
      columns: columns(HEADERS[lang].tdNominations, [
        { width: 6 },
        { width: W.name },
        { width: W.number, numberFormat: rounded },
        { width: W.short },
        { width: 36 },
        { width: W.number },
        { width: W.number, numberFormat: PERCENT },
        { width: W.short + 2 },
        { width: W.text, wrap: true },
      ]),
      rows,
    },
  };
}

/**
 * For each proposal, the units of its award ranked above it that hold no
 * such award, each with its reason (SPEC §5), each said once: on the first
 * row of the award it stands above. Null where none.
 */
function passedOverByRow(input: ResultInput, lang: Lang): (string | null)[] {
  if (!input.ranking) return [];
  const votes = input.votes;
  const stands = votes
    ? (n: Nomination) => {
        const vote = votes.find((v) => v.unit === n.unit && v.award === n.award);
        return !vote || proposalPasses(vote, input.settings);
      }
    : undefined;
  const list = passedOver({ ranking: input.ranking, units: input.units, awards: input.settings.awards, nominations: input.nominations, ...(stands ? { stands } : {}) });
  const said = new Set<PassedOver>();
  return input.nominations.map((n) => {
    const here = list.filter((p) => p.award === n.award && p.rank < n.rank && p.unit !== n.unit && !said.has(p));
    here.forEach((p) => said.add(p));
    return here.length === 0 ? null : here.map((p) => passedOverLine(p, lang)).join("\n");
  });
}

// ------------------------------------------------------------------ numbers

function fixedText(value: number, decimals: number, lang: Lang): string {
  const text = value.toFixed(Math.min(10, Math.max(0, Math.round(decimals))));
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** 0.5 → `50%`, 0.667 → `66,7%`. */
function percentText(share: number, lang: Lang): string {
  return `${formatNumber(Math.round(share * 1000) / 10, lang)}%`;
}
