import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { importBlock } from "../core/read/import-block";
import { readRosterText } from "../core/read/roster";
import { checkResultJson } from "../core/report/result-json";
import { parseCliArgs, USAGE, type CheckArgs } from "./args";
import { expandInputs, readInputs } from "./inputs";
import { formatCheckReport } from "./report";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const EXIT_OK = 0;
const EXIT_USAGE = 2;

/** Runs `thidua …`; resolves with the exit status (SPEC §8). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.message ? `${parsed.message}\n\n` : ""}${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    return await check(parsed.args, io);
  } catch (error) {
    // A missing path is the user's to fix; anything else is ours, and still must not lose the output.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      io.err(`Không tìm thấy / not found: ${(error as NodeJS.ErrnoException).path}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const named = [args.criteria, args.roster].filter((f): f is string => f !== undefined && !f.endsWith(".txt"));
  const files = await expandInputs([...named, ...args.inputs]);
  const workbooks = await readInputs(files);
  const rosterUnits = args.roster?.endsWith(".txt")
    ? readRosterText(await readFile(args.roster, "utf8"), path.basename(args.roster))
    : undefined;

  const outcome = importBlock({
    workbooks,
    ...(args.criteria ? { criteriaFile: path.basename(args.criteria) } : {}),
    ...(args.roster && !rosterUnits ? { rosterFile: path.basename(args.roster) } : {}),
    ...(rosterUnits ? { rosterUnits } : {}),
  });
  if (!outcome.ok) {
    const why =
      outcome.reason === "no-criteria-table"
        ? "Không tìm thấy bảng tiêu chí trong các tệp đã cho; chỉ rõ bằng --criteria.\nNo criteria table among the files; name it with --criteria."
        : "Không đọc được bảng tiêu chí (cần dòng tiêu đề có cột Nội dung và cột Điểm chuẩn trong 20 dòng đầu).\nThe criteria table cannot be read (it needs a header row with a text column and a max column in its first 20 rows).";
    io.err(`${why}\n`);
    return EXIT_USAGE;
  }

  io.out(formatCheckReport(outcome.result, files.length, args.lang));
  if (args.json !== undefined) {
    const json = `${JSON.stringify(checkResultJson(outcome.result.issues, args.lang), null, 2)}\n`;
    if (args.json === "-") io.out(json);
    else await writeFile(args.json, json, "utf8");
  }
  return EXIT_OK;
}
