/**
 * `thidua scoresheets` (SPEC §7.1, §8) has its own file beside `rank` and
 * `check`, which take scoresheets and share their arguments; this takes none.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { importBlock, type WorkbookInput } from "../core/import/import-block";
import { readRosterText } from "../core/read/units/roster";
import { blankScoresheetFiles } from "../xlsx/blank-scoresheets";
import { zlibDeflate } from "./zlib-deflate";
import { readInput } from "./inputs";

export const SCORESHEETS_USAGE = `  npm run thidua -- scoresheets --criteria TABLE.xlsx --roster ROSTER.xlsx|.txt
      --out DIR [--block "Khối …"] [--year YYYY] [--deadline YYYY-MM-DD]`;

export interface ScoresheetsIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const EXIT_OK = 0;
const EXIT_USAGE = 2;

/** Runs the command; resolves with its exit status (0 written or --help, 2 bad arguments or unreadable inputs). */
export async function runScoresheets(argv: readonly string[], io: ScoresheetsIo): Promise<number> {
  const parsed = parse(argv);
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
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return failed(`Không tìm thấy / not found: ${(error as NodeJS.ErrnoException).path}`);
    throw error;
  }
  for (const input of [criteria, roster]) {
    if (input && "unreadable" in input) return failed(`${input.file}: không đọc được tệp / the file cannot be read (${String(input.unreadable.params.reason ?? input.unreadable.code)}).`);
  }
  const outcome = importBlock({
    workbooks: roster ? [criteria, roster] : [criteria],
    criteriaFile: criteria.file,
    ...(roster ? { rosterFile: roster.file } : {}),
    ...(rosterUnits ? { rosterUnits } : {}),
  });
  if (!outcome.ok) {
    return failed(
      `${criteria.file}: không đọc được bảng tiêu chí (cần dòng tiêu đề có cột Nội dung và cột Điểm chuẩn trong 20 dòng đầu).\nThe criteria table cannot be read (it needs a header row with a text column and a max column in its first 20 rows).`,
    );
  }
  const { result } = outcome;
  if (result.unitsInferred || result.units.length === 0) return failed(`${parsed.roster}: không có đơn vị nào trong danh sách / the roster names no unit.`);
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
  io.out(`Đã tạo ${files.length} phiếu chấm trong ${parsed.out} / wrote ${files.length} blank scoresheets to ${parsed.out}:\n${files.map((f) => `  ${f.fileName}\n`).join("")}`);
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

function parse(argv: readonly string[]): ScoresheetsArgs | string | typeof HELP {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        criteria: { type: "string" },
        roster: { type: "string" },
        out: { type: "string" },
        block: { type: "string" },
        year: { type: "string" },
        deadline: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return (error as Error).message;
  }
  if (values.help) return HELP;
  const missing = (["criteria", "roster", "out"] as const).find((o) => values[o] === undefined);
  if (missing) return `scoresheets cần --${missing} / needs --${missing}.`;
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) return `--year takes a year such as 2026, not “${values.year}”.`;
  if (values.deadline !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.deadline)) return `--deadline takes a day as YYYY-MM-DD, not “${values.deadline}”.`;
  return {
    criteria: values.criteria as string,
    roster: values.roster as string,
    out: values.out as string,
    ...(values.block !== undefined ? { block: values.block } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(values.deadline !== undefined ? { deadline: values.deadline } : {}),
  };
}
