/**
 * `thidua scoresheets` (SPEC §7.1, §8) has its own file beside `rank` and
 * `check`, which take scoresheets and share their arguments; this takes none.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { importBlock, type WorkbookInput } from "../core/import/import-block";
import { readRosterText } from "../core/read/units/roster";
import type { Lang } from "../core/i18n/lang";
import { langOf, readOptions, SHARED_OPTIONS, text, type OptionSpec } from "./argv";
import { parseDay } from "./dates";
import { blankScoresheetFiles } from "../xlsx/blank-scoresheets";
import { zlibDeflate } from "./zlib-deflate";
import { readInput } from "./inputs";
import { cliMessages } from "./messages";

export const SCORESHEETS_USAGE = `  npm run thidua -- scoresheets --criteria TABLE.xlsx --roster ROSTER.xlsx|.txt
      --out DIR [--block "Khối …"] [--year YYYY] [--deadline DD/MM/YYYY] [--lang vi|en]`;

export interface ScoresheetsIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const EXIT_OK = 0;
const EXIT_USAGE = 2;

/** Runs the command; resolves with its exit status (0 written or --help, 2 bad arguments or unreadable inputs). */
export async function runScoresheets(argv: readonly string[], io: ScoresheetsIo): Promise<number> {
  const lang = langOf(argv);
  const words = cliMessages(lang);
  const parsed = parse(argv, lang);
  if (parsed === HELP) {
    io.out(`Cách dùng / Usage:\n${SCORESHEETS_USAGE}\n`);
    return EXIT_OK;
  }
  if (typeof parsed === "string") {
    io.err(`${parsed}\n\nCách dùng / Usage:\n${SCORESHEETS_USAGE}\n`);
    return EXIT_USAGE;
  }
  const failed = (message: string) => {
    io.err(`${message}\n`);
    return EXIT_USAGE;
  };
  let criteria: WorkbookInput;
  let roster: WorkbookInput | null = null;
  let rosterUnits;
  try {
    criteria = await readInput(parsed.criteria);
    if (parsed.roster.toLowerCase().endsWith(".txt")) rosterUnits = readRosterText(await readFile(parsed.roster, "utf8"), path.basename(parsed.roster));
    else roster = await readInput(parsed.roster);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return failed(words.notFound(String((error as NodeJS.ErrnoException).path)));
    throw error;
  }
  for (const input of [criteria, roster]) {
    if (input && "unreadable" in input) return failed(words.unreadableFile(input.file, String(input.unreadable.params.reason ?? input.unreadable.code)));
  }
  const outcome = importBlock({
    workbooks: roster ? [criteria, roster] : [criteria],
    criteriaFile: criteria.file,
    ...(roster ? { rosterFile: roster.file } : {}),
    ...(rosterUnits ? { rosterUnits } : {}),
  });
  if (!outcome.ok) {
    return failed(words.notCriteria(criteria.file));
  }
  const { result } = outcome;
  if (result.unitsInferred || result.units.length === 0) return failed(words.emptyRoster(parsed.roster));
  await mkdir(parsed.out, { recursive: true });
  // Each workbook goes to disk as soon as it is made: the block's files are never all in memory.
  const files: { readonly fileName: string }[] = [];
  for await (const file of blankScoresheetFiles(result.criteria.table, result.units, {
    blockName: parsed.block ?? "",
    year: parsed.year ?? null,
    ...(parsed.deadline ? { deadline: parsed.deadline } : {}),
  }, { deflate: zlibDeflate })) {
    await writeFile(path.join(parsed.out, file.fileName), file.bytes);
    files.push({ fileName: file.fileName });
  }
  io.out(`${words.wroteScoresheets(files.length, parsed.out)}\n${files.map((f) => `  ${f.fileName}\n`).join("")}`);
  return EXIT_OK;
}

interface ScoresheetsArgs {
  readonly criteria: string;
  readonly roster: string;
  readonly out: string;
  readonly block?: string;
  readonly year?: number;
  readonly deadline?: string;
}

/** `--help` asked: the usage on stdout, exit status 0. */
const HELP = Symbol("help");

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  ...SHARED_OPTIONS,
  out: { type: "string", example: "phieu-cham/" },
  block: { type: "string", example: "\"Khối thi đua các Hội đặc thù\"" },
  year: { type: "string", example: "2026" },
  deadline: { type: "string", example: "15/12/2026" },
};

function parse(argv: readonly string[], lang: Lang): ScoresheetsArgs | string | typeof HELP {
  const words = cliMessages(lang);
  const read = readOptions(argv, OPTIONS, lang);
  if (!read.ok) return read.message;
  const { values } = read;
  if (values.help) return HELP;
  const [stray] = read.positionals;
  if (stray !== undefined) return words.stray(stray);
  const missing = (["criteria", "roster", "out"] as const).find((o) => values[o] === undefined);
  if (missing) return words.scoresheetsNeeds(missing, OPTIONS[missing]?.example ?? "…");
  const yearText = text(values, "year");
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) return words.year(yearText ?? "");
  const deadlineText = text(values, "deadline");
  const deadline = deadlineText === undefined ? undefined : parseDay(deadlineText);
  if (deadline === null) return words.deadline(deadlineText ?? "");
  const block = text(values, "block");
  return {
    criteria: text(values, "criteria") as string,
    roster: text(values, "roster") as string,
    out: text(values, "out") as string,
    ...(block !== undefined ? { block } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
  };
}
