import { makeIssue } from "../check/make-issue";
import { a1 } from "../model/address";
import type { CellRange, Grid } from "../model/grid";
import type { Issue } from "../model/issue";
import { decimalsFormat } from "../text/number-format";
import { type PlaceholderName, type PlaceholderToken, placeholderTokens, type RowKind, rowKindOf } from "./placeholders";
import { type DocValue, type DocumentValues, valueAsText } from "./values";

/**
 * The fill of a template sheet (SPEC §7), as a plan the sinks carry out: the
 * filled sheet's rows each copy one template row (formats, height), a row of
 * `dong.…`/`xh.…` placeholders once per proposal or ranked unit (none: the
 * row goes), the rows below move down; the merges at their new places; and
 * the cells whose text held a placeholder, filled. Everything is 0-based, as
 * in `Grid`. The template itself is never touched.
 */
export interface FillPlan {
  /** For each row of the filled sheet, the template row it copies. */
  readonly rowSources: readonly number[];
  /** The template's rows the plan covers (a repeated row with nothing to repeat is among them, copied by none). */
  readonly templateRows: number;
  /** The cells that held a placeholder, at their place in the filled sheet. */
  readonly cells: readonly FilledCell[];
  /** Every merge of the filled sheet. */
  readonly merges: readonly CellRange[];
  readonly issues: readonly Issue[];
}

/** A date is a calendar day written as an Excel date (`{ date: "2022-12-29" }`); strings are always text. */
export type FilledValue = string | number | { readonly date: string } | null;

export interface FilledCell {
  readonly row: number;
  readonly column: number;
  readonly value: FilledValue;
  /** Set where a lone placeholder gave a number or a date: the block's rounding, `0.0%`, `dd/mm/yyyy`. */
  readonly numberFormat?: string;
}

export function fillGrid(template: Grid, values: DocumentValues): FillPlan {
  const issues = new FillIssues({ file: template.file, sheet: template.sheet });
  // By index, not forEach: a sparse row list must keep its blank rows.
  const repeats = Array.from({ length: Math.max(template.rowCount, template.rows.length) }, (_, r) => rowKind(template.rows[r] ?? []));
  const copies = repeats.map((kind) => (kind === null ? 1 : values[kind].length));
  const firstOut: number[] = [];
  const rowSources: number[] = [];
  copies.forEach((n, r) => {
    firstOut.push(rowSources.length);
    for (let i = 0; i < n; i++) rowSources.push(r);
  });

  const cells: FilledCell[] = [];
  template.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== "string") return;
      const tokens = placeholderTokens(value);
      if (tokens.length === 0) return;
      for (let i = 0; i < (copies[r] ?? 1); i++) {
        const lookup = (name: PlaceholderName) => valueOf(values, name, i);
        cells.push({ row: (firstOut[r] ?? 0) + i, column: c, ...fillText(value, tokens, lookup, issues.at(a1(r, c))) });
      }
    }),
  );

  const merges = template.merges.flatMap((m): CellRange[] => {
    if (m.top === m.bottom) {
      return Array.from({ length: copies[m.top] ?? 1 }, (_, i) => ({ ...m, top: (firstOut[m.top] ?? 0) + i, bottom: (firstOut[m.top] ?? 0) + i }));
    }
    // A merge over several rows stretches over the copies of its rows.
    const top = firstOut[m.top] ?? 0;
    const bottom = (firstOut[m.bottom] ?? 0) + (copies[m.bottom] ?? 1) - 1;
    return bottom >= top && (bottom > top || m.right > m.left) ? [{ ...m, top, bottom }] : [];
  });
  return { rowSources, templateRows: repeats.length, cells, merges, issues: issues.all };
}

/** A row repeats for the first kind of row placeholder it holds. */
function rowKind(row: Grid["rows"][number]): RowKind | null {
  for (const value of row) {
    if (typeof value !== "string") continue;
    for (const token of placeholderTokens(value)) {
      const kind = token.name ? rowKindOf(token.name) : null;
      if (kind) return kind;
    }
  }
  return null;
}

function valueOf(values: DocumentValues, name: PlaceholderName, index: number): DocValue {
  const kind = rowKindOf(name);
  if (kind === null) return values.block[name as keyof DocumentValues["block"]];
  const row = values[kind][index] as Record<string, DocValue> | undefined;
  return row?.[name] ?? { kind: "text", text: "" };
}

/**
 * A text's placeholders replaced: alone in the cell, the value keeps its
 * kind (a number stays a number); inside text, its Vietnamese form. An
 * unknown placeholder stays as written. `note` hears of every token that is
 * unknown or missing.
 */
export function fillText(
  text: string,
  tokens: readonly PlaceholderToken[],
  lookup: (name: PlaceholderName) => DocValue,
  note: (token: PlaceholderToken, value: DocValue | undefined) => void,
): { value: FilledValue; numberFormat?: string } {
  const only = tokens.length === 1 && tokens[0] && text.trim() === tokens[0].raw ? tokens[0] : undefined;
  if (only?.name) {
    const value = lookup(only.name);
    if (value.kind === "missing") note(only, value);
    if (!only.upper) {
      if (value.kind === "number") return { value: value.value, numberFormat: decimalsFormat(value.decimals) };
      if (value.kind === "percent") return { value: value.value, numberFormat: "0.0%" };
      if (value.kind === "date") return { value: { date: value.date }, numberFormat: "dd/mm/yyyy" };
    }
    const shown = valueAsText(value);
    return { value: shown === "" ? null : only.upper ? shown.toLocaleUpperCase("vi") : shown };
  }
  let out = "";
  let at = 0;
  for (const token of tokens) {
    out += text.slice(at, token.start);
    at = token.end;
    if (!token.name) {
      note(token, undefined);
      out += token.raw;
      continue;
    }
    const value = lookup(token.name);
    if (value.kind === "missing") note(token, value);
    const shown = valueAsText(value);
    out += token.upper ? shown.toLocaleUpperCase("vi") : shown;
  }
  return { value: out + text.slice(at) };
}

/** The fill's issues: each unknown placeholder where it stands (once, however often its row repeats); each missing value once, where first met. */
export class FillIssues {
  readonly all: Issue[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly where: { readonly file?: string; readonly sheet?: string }) {}

  /** What `fillText` calls for the placeholders at `cell` (an A1 address, or a paragraph's place in a .docx). */
  at(cell: string): (token: PlaceholderToken, value: DocValue | undefined) => void {
    return (token, value) => {
      const key = token.name ? `missing ${token.name}` : `unknown ${cell} ${token.raw}`;
      if (this.seen.has(key) || (token.name && value?.kind !== "missing")) return;
      this.seen.add(key);
      const place = { ...this.where, cell };
      this.all.push(
        token.name
          ? makeIssue("TEMPLATE_VALUE_MISSING", place, { placeholder: `{{${token.name}}}`, field: token.name })
          : makeIssue("TEMPLATE_PLACEHOLDER_UNKNOWN", place, { placeholder: token.raw }),
      );
    };
  }
}
