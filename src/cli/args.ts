import type { Lang } from "../core/i18n/lang";
import type { AverageMethod } from "../core/model/block";
import { langOf, readOptions, SHARED_OPTIONS, text, texts, type OptionSpec } from "./argv";
import { cliMessages } from "./messages";
import { SCORESHEETS_USAGE } from "./scoresheets";
import { closest } from "./suggest";

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

/** The options of check and rank; the examples are what a message shows when a value is missing. */
const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  ...SHARED_OPTIONS,
  json: { type: "string", example: "ket-qua.json" },
  method: { type: "string", example: "trimmed" },
  trim: { type: "string", example: "1" },
  awards: { type: "string", example: "khen-thuong.json" },
  out: { type: "string", example: "ket-qua.xlsx" },
  meeting: { type: "string", example: "hop.json" },
  documents: { type: "string", example: "ho-so/" },
  template: { type: "string", multiple: true, example: "\"Mau bien ban.xlsx\"" },
  votes: { type: "string", multiple: true, example: "kiem-phieu.xlsx" },
};

const COMMANDS = ["check", "rank", "scoresheets"];

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const lang = langOf(argv);
  const words = cliMessages(lang);
  const refuse = (message: string): ParsedArgs => ({ ok: false, message });
  const read = readOptions(argv, OPTIONS, lang);
  if (!read.ok) return refuse(read.message);
  const { values: v, positionals } = read;
  const [command, ...inputs] = positionals;
  if (v.help) return { ok: false, message: "", help: true };
  if (command !== "check" && command !== "rank") {
    return refuse(command ? words.unknownCommand(command, closest(command, COMMANDS)) : words.noCommand);
  }
  const given = text(v, "lang") ?? "vi";
  if (given !== "vi" && given !== "en") return refuse(words.choice("lang", given, ["vi", "en"], closest(given, ["vi", "en"])));
  if (inputs.length === 0) return refuse(words.noInputs);
  const criteria = text(v, "criteria");
  const roster = text(v, "roster");
  const json = text(v, "json");
  const common: CommonArgs = {
    lang,
    inputs,
    ...(criteria === undefined ? {} : { criteria }),
    ...(roster === undefined ? {} : { roster }),
    ...(json === undefined ? {} : { json }),
  };
  if (command === "check") {
    const rankOnly = (["method", "trim", "awards", "out", "meeting", "documents", "template", "votes"] as const).find((o) => v[o] !== undefined);
    return rankOnly ? refuse(words.rankOnly(rankOnly)) : { ok: true, args: { command, ...common } };
  }
  const method = text(v, "method") ?? "mean";
  if (method !== "mean" && method !== "trimmed") return refuse(words.choice("method", method, ["mean", "trimmed"], closest(method, ["mean", "trimmed"])));
  const trimText = text(v, "trim");
  const trim = trimText === undefined ? 1 : Number(trimText);
  if (!Number.isInteger(trim) || trim < 0 || trimText?.trim() === "") return refuse(words.trim(trimText ?? ""));
  const templates = texts(v, "template");
  const documents = text(v, "documents");
  if (templates.length > 0 && documents === undefined) return refuse(words.templateNeedsDocuments);
  const odd = templates.find((t) => !/\.(xlsx|docx)$/i.test(t));
  if (odd) return refuse(words.templateKind(odd));
  const out = text(v, "out");
  const awards = text(v, "awards");
  const meeting = text(v, "meeting");
  return {
    ok: true,
    args: {
      command,
      ...common,
      method,
      trim,
      templates,
      votes: texts(v, "votes"),
      ...(awards === undefined ? {} : { awards }),
      ...(out === undefined ? {} : { out }),
      ...(meeting === undefined ? {} : { meeting }),
      ...(documents === undefined ? {} : { documents }),
    },
  };
}
