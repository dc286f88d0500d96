import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_AWARDS, DEFAULT_SETTINGS } from "../core/model/defaults";
import type { Award } from "../core/model/award";
import { blockAndYear, type MeetingDetails } from "../core/documents/meeting";
import { parseMeeting } from "../core/documents/meeting-file";
import { documentValues, type DocumentInput } from "../core/documents/values";
import { parseAwards } from "../core/nominate/awards-file";
import { standsByVotes, whyNotProposed } from "../core/nominate/passed-over";
import { proposeAwards } from "../core/nominate/propose-awards";
import { rankBlock } from "../core/rank/rank-block";
import type { ImportResult } from "../core/import/import-block";
import { readRosterText } from "../core/read/units/roster";
import { checkResultJson, rankResultJson } from "../core/report/result-json";
import { voteOnProposals } from "../core/vote/vote-on-proposals";
import { OWN_HEADERS } from "../workbook/own-headers";
import { createUnitMatcher } from "../core/read/units/unit-match";
import { keptMarks } from "../core/vote/kept-marks";
import { ballotPage } from "../workbook/ballot-page";
import { resultSheets } from "../workbook/result-sheets";
import { voteSheet } from "../workbook/vote-sheet";
import { ExcelJsSink } from "../xlsx/write-workbook";
import { parseCliArgs, USAGE, type CliArgs, type RankArgs } from "./args";
import { runScoresheets } from "./scoresheets";
import { expandInputs, importFiles, textRosterAmong } from "./inputs";
import { formatCheckReport, formatRankReport } from "./report";
import { noTallyMessage, readTallyFiles } from "./votes";

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
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      io.err(`Không tìm thấy / not found: ${(error as NodeJS.ErrnoException).path}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function check(args: CliArgs, io: Io): Promise<void> {
  const { result, inputCount } = await importFromArgs(args);
  io.out(formatCheckReport(result, inputCount, args.lang));
  await writeJson(args.json, checkResultJson(result.issues, args.lang), io);
}

async function rank(args: RankArgs, awards: readonly Award[], io: Io): Promise<void> {
  // The meeting's file is checked before the import: a mistake there is cheaper to report first.
  const meeting = args.meeting === undefined ? undefined : await readMeeting(args.meeting);
  const { result, inputCount } = await importFromArgs(args);
  // The block's name and year from the meeting, where the command has no settings: the sheets' print titles and the ballot name them.
  const settings = { ...DEFAULT_SETTINGS, ...blockAndYear(DEFAULT_SETTINGS, meeting), method: args.method, trim: args.trim, awards };
  const ranking = rankBlock(result.units, result.sheets, settings);
  const proposals = proposeAwards(ranking, result.units, settings.awards);
  const voted = args.votes.length > 0 ? await countVotes(args.votes, { units: result.units, settings, ranking, proposals }) : null;
  const nominations = voted?.nominations ?? proposals.nominations;
  const documents =
    args.documents === undefined
      ? null
      : await makeDocuments(args, { settings, units: result.units, ranking, nominations, meeting: meeting ?? {}, ...(voted ? { votes: voted.votes } : {}) });
  const issues = [...result.issues, ...(voted?.issues ?? proposals.issues), ...(documents?.issues ?? [])];
  // Why better-ranked units are not proposed (SPEC §5), once, for the JSON and Đề nghị alike.
  const stands = standsByVotes(voted?.votes);
  const why = whyNotProposed({ ranking, units: result.units, awards: settings.awards, nominations, ...(stands ? { stands } : {}) });
  io.out(formatRankReport(result, ranking, nominations, issues, inputCount, args.lang, voted?.votes));
  for (const file of documents?.files ?? []) io.out(`${args.lang === "vi" ? "Đã ghi" : "Written"}: ${file}\n`);
  for (const problem of documents?.problems ?? []) io.err(`${problem}\n`);
  await writeJson(args.json, rankResultJson(ranking, issues, nominations, args.lang, voted?.votes, why.byUnit), io);
  if (args.out !== undefined) {
    const sheets = resultSheets(
      {
        settings,
        units: result.units,
        criteria: result.criteria.table,
        sheets: result.sheets,
        issues,
        ranking,
        nominations,
        ...(voted ? { votes: voted.votes } : {}),
        ...(meeting ? { meeting } : {}),
      },
      args.lang,
    );
    const sink = new ExcelJsSink();
    await sink.writeSheets(sheets);
    // The meeting's tally (with the marks --votes gave) and its paper ballot, once there is something to vote on.
    if (nominations.length > 0) {
      const voters = result.units.map((u) => u.name);
      const kept = voted ? keptMarks(voted.tallies, createUnitMatcher(result.units)) : undefined;
      await sink.writeSheets([{ ...voteSheet({ settings, nominations, voters, ...(kept ? { kept } : {}) }, args.lang), active: false }]);
      await sink.writePages([ballotPage(settings, nominations, args.lang)]);
    }
    await writeFile(args.out, await sink.toBuffer());
  }
}

/** The `--votes` tallies counted against the proposals (SPEC §5.1); stops with status 2 at a file that holds no tally. */
async function countVotes(files: readonly string[], input: Omit<Parameters<typeof voteOnProposals>[0], "grids">) {
  const read = await readTallyFiles(files);
  const outcome = voteOnProposals({ ...input, grids: read.grids, ownTables: OWN_HEADERS.results });
  const unread = new Set(read.issues.map((i) => i.file));
  const empty = files.map((f) => path.basename(f)).find((f) => !unread.has(f) && !outcome.tallies.some((t) => t.file === f));
  if (empty !== undefined) throw new UsageStop(noTallyMessage(empty));
  return { ...outcome, issues: [...read.issues, ...outcome.issues] };
}

/** Reads the files named (folders expanded) and imports the block; stops with status 2 without a usable criteria table. */
async function importFromArgs(args: CliArgs): Promise<{ result: ImportResult; inputCount: number }> {
  const namedText = args.roster?.toLowerCase().endsWith(".txt") ? args.roster : undefined;
  const named = [args.criteria, namedText ? undefined : args.roster].filter((f): f is string => f !== undefined);
  const expanded = await expandInputs([...named, ...args.inputs]);
  const files = expanded.filter((f) => !f.toLowerCase().endsWith(".txt"));
  const textRoster = namedText ?? (args.roster === undefined ? textRosterAmong(expanded) : undefined);
  const rosterUnits = textRoster ? readRosterText(await readFile(textRoster, "utf8"), path.basename(textRoster)) : undefined;

  const outcome = await importFiles(files, {
    ...(args.criteria ? { criteriaFile: path.basename(args.criteria) } : {}),
    ...(args.roster && !textRoster ? { rosterFile: path.basename(args.roster) } : {}),
    ...(rosterUnits ? { rosterUnits } : {}),
    ownHeaders: OWN_HEADERS,
  });
  if (!outcome.ok) {
    throw new UsageStop(
      outcome.reason === "no-criteria-table"
        ? "Không tìm thấy bảng tiêu chí trong các tệp đã cho; chỉ rõ bằng --criteria.\nNo criteria table among the files; name it with --criteria."
        : "Không đọc được bảng tiêu chí (cần dòng tiêu đề có cột Nội dung và cột Điểm chuẩn trong 20 dòng đầu).\nThe criteria table cannot be read (it needs a header row with a text column and a max column in its first 20 rows).",
    );
  }
  return { result: outcome.result, inputCount: files.length - outcome.result.ownResults.length };
}

/** The documents of §7 for the meeting given (its file already checked). */
async function makeDocuments(args: RankArgs, input: DocumentInput) {
  // Loaded only here: the .docx libraries would add a quarter of a second to every start of the command.
  const { writeDocuments } = await import("./documents");
  return writeDocuments(args.documents as string, documentValues(input), args.templates, args.lang);
}

async function readMeeting(file: string): Promise<MeetingDetails> {
  const parsed = parseMeeting(await readJson(file));
  if (!parsed.ok) throw new UsageStop(`${file}:\n${parsed.errors.map((e) => `  - ${e}`).join("\n")}`);
  return parsed.meeting;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw error;
    throw new UsageStop(`${file}: không phải JSON hợp lệ / not valid JSON (${(error as Error).message}).`);
  }
}

async function readAwards(args: RankArgs): Promise<readonly Award[]> {
  if (args.awards === undefined) return DEFAULT_AWARDS;
  const parsed = parseAwards(await readJson(args.awards));
  if (!parsed.ok) throw new UsageStop(`${args.awards}:\n${parsed.errors.map((e) => `  - ${e}`).join("\n")}`);
  return parsed.awards;
}

async function writeJson(target: string | undefined, value: unknown, io: Io): Promise<void> {
  if (target === undefined) return;
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (target === "-") io.out(json);
  else await writeFile(target, json, "utf8");
}
