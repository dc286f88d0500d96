import { parseArgs } from "node:util";
import type { Lang } from "../core/i18n/lang";
import type { AverageMethod } from "../core/model/block";
import { SCORESHEETS_USAGE } from "./scoresheets";

/** What both commands take (SPEC §8). */
interface CommonArgs {
  readonly criteria?: string;
  readonly roster?: string;
  readonly json?: string;
  readonly lang: Lang;
  /** Scoresheet files, or folders holding them (and the criteria table and roster when not named). */
  readonly inputs: readonly string[];
}

export interface CheckArgs extends CommonArgs {
  readonly command: "check";
}

export interface RankArgs extends CommonArgs {
  readonly command: "rank";
  readonly method: AverageMethod;
  readonly trim: number;
  readonly awards?: string;
  readonly out?: string;
  /** The meeting's details (SPEC §7), a JSON file. */
  readonly meeting?: string;
  /** Where the documents of §7 go. */
  readonly documents?: string;
  /** The block's own templates (.xlsx, .docx), filled instead of the built-in documents. */
  readonly templates: readonly string[];
  /** Tally workbooks of the block's vote (SPEC §5.1), each given with its own `--votes`. */
  readonly votes: readonly string[];
}

export type CliArgs = CheckArgs | RankArgs;
/** Not run: bad arguments (exit status 2, `message` and the usage on stderr), or `--help` asked (0, the usage on stdout). */
export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; message: string; help?: true };

export const USAGE = `Cách dùng / Usage:
  npm run thidua -- rank --criteria TABLE.xlsx [--roster ROSTER.xlsx|.txt]
      [--method mean|trimmed] [--trim K] [--awards AWARDS.json]
      [--out RESULT.xlsx] [--json RESULT.json|-] [--lang vi|en]
      [--meeting MEETING.json] [--documents DIR [--template TEMPLATE.xlsx|.docx]...]
      [--votes TALLY.xlsx]... SCORESHEET.xlsx|FOLDER...

  npm run thidua -- check --criteria TABLE.xlsx [--roster ROSTER.xlsx|.txt]
      [--json RESULT.json|-] [--lang vi|en] SCORESHEET.xlsx|FOLDER...

${SCORESHEETS_USAGE}

--criteria and --roster may be left out: they are then found among the files
by their content, so a whole folder can be given.
--documents writes the list, the minutes and the cover letter (.xlsx and
.docx), or each --template filled; --meeting gives the meeting's details:
{"date": "2022-12-29", "place": "Yên Bái", "chair": "…", "secretary": "…",
 "present": ["…"], "documentNumber": "12/BB-KTĐ", "recipients": ["…"],
 "block": "Khối thi đua …"}
Exit status: 0 when it ran (validation errors are in the result) and for
--help, 2 for bad arguments or an unreadable criteria table.`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        criteria: { type: "string" },
        roster: { type: "string" },
        json: { type: "string" },
        lang: { type: "string", default: "vi" },
        method: { type: "string" },
        trim: { type: "string" },
        awards: { type: "string" },
        out: { type: "string" },
        meeting: { type: "string" },
        documents: { type: "string" },
        template: { type: "string", multiple: true },
        votes: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const { values: v, positionals } = parsed;
  const [command, ...inputs] = positionals;
  if (v.help) return { ok: false, message: "", help: true };
  if (command !== "check" && command !== "rank") {
    return { ok: false, message: command ? `Unknown command “${command}”.` : "No command given." };
  }
  if (v.lang !== "vi" && v.lang !== "en") return { ok: false, message: `--lang takes vi or en, not “${v.lang}”.` };
  if (inputs.length === 0) return { ok: false, message: "No scoresheet files or folders given." };
  const common: CommonArgs = {
    lang: v.lang,
    inputs,
    ...(v.criteria === undefined ? {} : { criteria: v.criteria }),
    ...(v.roster === undefined ? {} : { roster: v.roster }),
    ...(v.json === undefined ? {} : { json: v.json }),
  };
  if (command === "check") {
    const rankOnly = (["method", "trim", "awards", "out", "meeting", "documents", "template", "votes"] as const).find((o) => v[o] !== undefined);
    return rankOnly ? { ok: false, message: `--${rankOnly} belongs to \`rank\`, not \`check\`.` } : { ok: true, args: { command, ...common } };
  }
  const method = v.method ?? "mean";
  if (method !== "mean" && method !== "trimmed") return { ok: false, message: `--method takes mean or trimmed, not “${method}”.` };
  const trim = v.trim === undefined ? 1 : Number(v.trim);
  if (!Number.isInteger(trim) || trim < 0) return { ok: false, message: `--trim takes a whole number of 0 or more, not “${v.trim}”.` };
  const templates = v.template ?? [];
  if (templates.length > 0 && v.documents === undefined) return { ok: false, message: "--template needs --documents DIR: the folder the filled templates go to." };
  const odd = templates.find((t) => !/\.(xlsx|docx)$/i.test(t));
  if (odd) return { ok: false, message: `--template takes a .xlsx or .docx file, not “${odd}”.` };
  return {
    ok: true,
    args: {
      command,
      ...common,
      method,
      trim,
      templates,
      votes: v.votes ?? [],
      ...(v.awards === undefined ? {} : { awards: v.awards }),
      ...(v.out === undefined ? {} : { out: v.out }),
      ...(v.meeting === undefined ? {} : { meeting: v.meeting }),
      ...(v.documents === undefined ? {} : { documents: v.documents }),
    },
  };
}
