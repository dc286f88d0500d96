import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_AWARDS, DEFAULT_SETTINGS } from "../core/model/defaults";
import type { Award } from "../core/model/award";
import { blockAndYear, type MeetingDetails } from "../core/documents/meeting";
import { parseMeeting } from "../core/documents/meeting-file";
import { checkPresent } from "../core/documents/meeting-present";
import { parseAwards } from "../core/nominate/awards-file";
import type { ImportResult } from "../core/import/import-block";
import { readRosterText } from "../core/read/units/roster";
import { checkResultJson, rankResultJson } from "../core/report/result-json";
import { documentValuesOf, type DocumentsRequest } from "../flow/documents";
import { issuesSoFar } from "../flow/issues";
import { rankAndPropose, reasonsWhyNot } from "../flow/rank";
import { ballot, resultSheetsOf, tallySheet } from "../flow/sheets";
import { countVote, keptMarksOf, nominationsOf, type VoteRequest } from "../flow/vote";
import { ExcelJsSink } from "../xlsx/write-workbook";
import type { Lang } from "../core/i18n/lang";
import { zlibDeflate } from "./zlib-deflate";
import { commandLineTodo } from "./missing-values";
import { parseCliArgs, USAGE, type CliArgs, type RankArgs } from "./args";
import { noXlsxAmong } from "./input-guard";
import { cliMessages } from "./messages";
import { outputProblem, xlsxName } from "./output-guard";
import { runScoresheets } from "./scoresheets";
import { expandInputs, importFiles, textRosterAmong } from "./inputs";
import { formatCheckReport, formatRankReport } from "./report";
import { readTallyFiles } from "./votes";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const EXIT_OK = 0;
const EXIT_USAGE = 2;

/** A stop with exit status 2 and a message for the officer. */
class UsageStop extends Error {}

/** Runs `thidua …`; resolves with the exit status (SPEC §8). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  // The blank scoresheets take no scoresheets and share no argument with check and rank: a command of their own.
  if (argv[0] === "scoresheets") return runScoresheets(argv.slice(1), io);
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      io.out(`${USAGE}\n`);
      return EXIT_OK;
    }
    io.err(`${parsed.message ? `${parsed.message}\n\n` : ""}${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    const args = parsed.args;
    if (args.command === "rank") {
      // Read the awards first: a mistake there is cheaper to report before the import.
      const awards = await readAwards(args);
      await rank(args, awards, io);
    } else {
      await check(args, io);
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageStop) {
      io.err(`${error.message}\n`);
      return EXIT_USAGE;
    }
    // A file or folder Node could not open: said as the officer named it, never as Node's stack.
    const { code, path: target } = error as NodeJS.ErrnoException;
    if (typeof code === "string" && typeof target === "string") {
      const words = cliMessages(parsed.args.lang);
      io.err(`${code === "ENOENT" ? words.notFound(target) : words.cannotUse(target, code)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function check(args: CliArgs, io: Io): Promise<void> {
  await refuseBadOutputs(args);
  const { result, inputCount } = await importFromArgs(args);
  io.out(formatCheckReport(result, inputCount, args.lang));
  await writeJson(args.json, checkResultJson(result.issues, args.lang), io);
}

async function rank(args: RankArgs, awards: readonly Award[], io: Io): Promise<void> {
  await refuseBadOutputs(args);
  // The meeting's file is checked before the import: a mistake there is cheaper to report first.
  const meeting = args.meeting === undefined ? undefined : await readMeeting(args.meeting, args.lang);
  const { result, inputCount } = await importFromArgs(args);
  // Who votes is the meeting's to say (SPEC §5.1): units unless its file says delegates, never guessed from the tally.
  // The block's name and year from the meeting, where the command has no settings: the sheets' print titles and the ballot name them.
  const settings = {
    ...DEFAULT_SETTINGS,
    ...blockAndYear(DEFAULT_SETTINGS, meeting),
    method: args.method,
    trim: args.trim,
    awards,
    ...(meeting?.voters ? { voters: meeting.voters } : {}),
    ...(meeting?.delegates !== undefined ? { delegates: meeting.delegates } : {}),
  };
  const { ranking, proposals } = rankAndPropose(result, settings);
  const voted = args.votes.length > 0 ? await countVotes(args.votes, { units: result.units, settings, ranking, proposals }) : null;
  const nominations = nominationsOf(proposals, voted);
  const attended = checkPresent({
    meeting: meeting ?? {},
    units: result.units,
    ...(args.meeting !== undefined ? { file: path.basename(args.meeting) } : {}),
    ...(voted ? { vote: { voters: voted.voters, kind: settings.voters ?? "units" } } : {}),
  });
  const documents =
    args.documents === undefined
      ? null
      : await makeDocuments(args, { settings, units: result.units, ranking, nominations, meeting: attended.meeting, ...(voted ? { votes: voted.votes } : {}) });
  const issues = issuesSoFar({ imported: result.issues, proposals, vote: voted, present: attended.issues, documents: documents?.issues });
  // Why better-ranked units are not proposed (SPEC §5), once, for the JSON and Đề nghị alike.
  const why = reasonsWhyNot({ ranking, units: result.units, awards: settings.awards, nominations, ...(voted ? { votes: voted.votes } : {}) });
  io.out(formatRankReport(result, ranking, nominations, issues, inputCount, args.lang, voted?.votes));
  const words = cliMessages(args.lang);
  for (const file of documents?.files ?? []) io.out(`${words.written(file)}\n`);
  for (const { kept, file } of documents?.kept ?? []) io.out(`${words.keptEdited(kept as string, file)}\n`);
  for (const problem of documents?.problems ?? []) io.err(`${problem}\n`);
  await writeJson(args.json, rankResultJson(ranking, issues, nominations, args.lang, voted?.votes, why.byUnit), io);
  if (args.out !== undefined) {
    // Cài đặt keeps the meeting as given, so a re-run checks it again and says the same.
    const sheets = resultSheetsOf(
      { settings, block: result, issues, ranking, nominations, ...(voted ? { votes: voted.votes } : {}), ...(meeting ? { meeting } : {}), messages: { missingValueTodo: commandLineTodo } },
      args.lang,
    );
    const sink = new ExcelJsSink({ deflate: zlibDeflate, level: 1 });
    await sink.writeSheets(sheets);
    // The meeting's tally (with the marks --votes gave) and its paper ballot, once there is something to vote on.
    if (nominations.length > 0) {
      const voters = result.units.map((u) => u.name);
      const kept = voted ? keptMarksOf(voted, result.units) : undefined;
      await sink.writeSheets([{ ...tallySheet({ settings, nominations, voters, ...(kept ? { kept } : {}) }, args.lang), active: false }]);
      await sink.writePages([ballot(settings, nominations, args.lang)]);
    }
    await writeFile(args.out, await sink.toBuffer());
  }
}

/**
 * The `--votes` tallies counted against the proposals (SPEC §5.1). A file
 * that holds no tally is its VOTE_TALLY_UNRECOGNIZED, and the run goes on.
 */
async function countVotes(files: readonly string[], input: Omit<VoteRequest, "grids" | "given">) {
  const read = await readTallyFiles(files);
  const unread = new Set(read.issues.map((i) => i.file));
  const given = files.map((f) => path.basename(f)).filter((f) => !unread.has(f));
  const outcome = countVote({ ...input, grids: read.grids, given });
  return { ...outcome, issues: [...read.issues, ...outcome.issues] };
}

/** Reads the files named (folders expanded) and imports the block; stops with status 2 without a usable criteria table. */
async function importFromArgs(args: CliArgs): Promise<{ result: ImportResult; inputCount: number }> {
  const namedText = args.roster?.toLowerCase().endsWith(".txt") ? args.roster : undefined;
  const named = [args.criteria, namedText ? undefined : args.roster].filter((f): f is string => f !== undefined);
  const expanded = await expandInputs([...named, ...args.inputs]);
  const noXlsx = noXlsxAmong(args.inputs, expanded, args.lang);
  if (noXlsx !== null) throw new UsageStop(noXlsx);
  const files = expanded.filter((f) => !f.toLowerCase().endsWith(".txt"));
  const textRoster = namedText ?? (args.roster === undefined ? textRosterAmong(expanded) : undefined);
  const rosterUnits = textRoster ? readRosterText(await readFile(textRoster, "utf8"), path.basename(textRoster)) : undefined;

  const outcome = await importFiles(files, {
    ...(args.criteria ? { criteriaFile: path.basename(args.criteria) } : {}),
    ...(args.roster && !textRoster ? { rosterFile: path.basename(args.roster) } : {}),
    ...(rosterUnits ? { rosterUnits } : {}),
  });
  if (!outcome.ok) {
    const words = cliMessages(args.lang);
    throw new UsageStop(outcome.reason === "no-criteria-table" ? words.noCriteria : words.unreadableCriteria);
  }
  return { result: outcome.result, inputCount: files.length - outcome.result.ownResults.length };
}

/** The documents of §7 for the meeting given (its file already checked). */
async function makeDocuments(args: RankArgs, input: DocumentsRequest) {
  // Loaded only here: the .docx libraries would add a quarter of a second to every start of the command.
  const { writeDocuments } = await import("./documents");
  return writeDocuments(args.documents as string, documentValuesOf(input), args.templates, args.lang);
}

/** `--out`, `--json` and `--documents` checked before the import: a folder where a file is meant (or the reverse) stops at once. */
async function refuseBadOutputs(args: CliArgs): Promise<void> {
  const problem = await outputProblem(args);
  if (problem === null) return;
  const words = cliMessages(args.lang);
  throw new UsageStop(problem.kind === "outNotXlsx" ? words.outKind(problem.target, xlsxName(problem.target)) : words[problem.kind](problem.target));
}

async function readMeeting(file: string, lang: Lang): Promise<MeetingDetails> {
  const parsed = parseMeeting(await readJson(file, lang));
  if (!parsed.ok) throw new UsageStop(`${file}:\n${parsed.errors.map((e) => `  - ${e}`).join("\n")}`);
  return parsed.meeting;
}

async function readJson(file: string, lang: Lang): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw error;
    throw new UsageStop(cliMessages(lang).notJson(file, (error as Error).message));
  }
}

async function readAwards(args: RankArgs): Promise<readonly Award[]> {
  if (args.awards === undefined) return DEFAULT_AWARDS;
  const parsed = parseAwards(await readJson(args.awards, args.lang));
  if (!parsed.ok) throw new UsageStop(`${args.awards}:\n${parsed.errors.map((e) => `  - ${e}`).join("\n")}`);
  return parsed.awards;
}

async function writeJson(target: string | undefined, value: unknown, io: Io): Promise<void> {
  if (target === undefined) return;
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (target === "-") io.out(json);
  else await writeFile(target, json, "utf8");
}
