import { parseArgs } from "node:util";
import type { Lang } from "../core/i18n/lang";
import { cliMessages } from "./messages";
import { closest } from "./suggest";

/** An option of a command, with an example value for the message when it is given without one. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: true;
  readonly short?: string;
  readonly example?: string;
}

/** The options every command takes alike: the block's criteria table and roster, the report's language, help. */
export const SHARED_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  criteria: { type: "string", example: "bang-tieu-chi.xlsx" },
  roster: { type: "string", example: "danh-sach-don-vi.xlsx" },
  lang: { type: "string", example: "en" },
  help: { type: "boolean", short: "h" },
};

export type OptionValues = Record<string, string | string[] | true | undefined>;

/**
 * The language of the messages, read before anything else: `--lang en` may
 * come after the mistake it has to explain. Vietnamese unless `en` is asked.
 */
export function langOf(argv: readonly string[]): Lang {
  let lang: Lang = "vi";
  argv.forEach((arg, i) => {
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value !== undefined) lang = value.trim().toLowerCase() === "en" ? "en" : "vi";
  });
  return lang;
}

/**
 * The options and positionals of `argv`, or the officer's mistake in their
 * language: an option that does not exist (with the one most likely meant)
 * or one given without its value. Node's strict parser says these in English
 * with its own quoting; the loose one hands us the tokens to judge instead.
 */
export function readOptions(
  argv: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  lang: Lang,
): { ok: true; values: OptionValues; positionals: string[] } | { ok: false; message: string } {
  const words = cliMessages(lang);
  const singleDash = singleDashWord(argv, options);
  if (singleDash !== undefined) return { ok: false, message: words.unknownOption(singleDash, closest(singleDash.slice(1), Object.keys(options))) };
  const config = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) }]),
  );
  const { tokens, positionals } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const values: OptionValues = {};
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = options[token.name];
    if (spec === undefined) return { ok: false, message: words.unknownOption(token.rawName, closest(token.name, Object.keys(options))) };
    if (spec.type === "boolean") {
      values[token.name] = true;
      continue;
    }
    // The loose parser takes the next option as the value: `--criteria --roster x` is --criteria without one.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith("--")) || value === "") {
      return { ok: false, message: words.missingValue(token.name, spec.example ?? "…") };
    }
    const previous = values[token.name];
    values[token.name] = spec.multiple ? [...(Array.isArray(previous) ? previous : []), value] : value;
  }
  return { ok: true, values, positionals };
}

/**
 * `-method trimmed`, one dash for two: the parser would read it as the
 * letters -m -e -t …, and the message would name "-m". The word as typed is
 * what the officer needs to see, with the option it stands for.
 */
function singleDashWord(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return undefined;
    const previous = i > 0 ? (argv[i - 1] as string) : "";
    const takesValue = previous.startsWith("--") && !previous.includes("=") && options[previous.slice(2)]?.type === "string";
    if (!takesValue && /^-[a-z][a-z-]+/i.test(arg)) return arg.split("=")[0];
  }
  return undefined;
}

/** A string option's value (undefined when not given). */
export const text = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
};

/** A repeatable option's values. */
export const texts = (values: OptionValues, name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? value : [];
};
