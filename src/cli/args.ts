import { parseArgs } from "node:util";
import type { Lang } from "../core/i18n/lang";

/** `thidua check …` (SPEC §8); `rank` arrives with the ranking engine. */
export interface CheckArgs {
  readonly command: "check";
  readonly criteria?: string;
  readonly roster?: string;
  readonly json?: string;
  readonly lang: Lang;
  /** Scoresheet files, or folders holding them (and the criteria table and roster when not named). */
  readonly inputs: readonly string[];
}

export type ParsedArgs = { ok: true; args: CheckArgs } | { ok: false; message: string };

export const USAGE = `Cách dùng / Usage:
  npm run thidua -- check [--criteria TABLE.xlsx] [--roster ROSTER.xlsx|.txt]
      [--json RESULT.json|-] [--lang vi|en] SCORESHEET.xlsx|FOLDER...

Without --criteria and --roster, the criteria table and the roster are found
among the files by their content, so a whole folder can be given.
Exit status: 0 when it ran (validation errors are in the result), 2 for bad
arguments or an unreadable criteria table.`;

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
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  if (values.help) return { ok: false, message: "" };
  if (command !== "check") {
    return { ok: false, message: command ? `Unknown command “${command}”.` : "No command given." };
  }
  if (values.lang !== "vi" && values.lang !== "en") return { ok: false, message: `--lang takes vi or en, not “${values.lang}”.` };
  if (inputs.length === 0) return { ok: false, message: "No scoresheet files or folders given." };
  return {
    ok: true,
    args: {
      command,
      lang: values.lang,
      inputs,
      ...(values.criteria === undefined ? {} : { criteria: values.criteria }),
      ...(values.roster === undefined ? {} : { roster: values.roster }),
      ...(values.json === undefined ? {} : { json: values.json }),
    },
  };
}
