import { makeIssue } from "../check/make-issue";
import { a1 } from "../model/address";
import type { CellRange, Grid } from "../model/grid";
import type { Issue } from "../model/issue";
import { decimalsFormat } from "../text/number-format";
import { braceTypos, type PlaceholderName, type PlaceholderToken, placeholderTokens, type RowKind, rowKindOf } from "./placeholders";
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
  /** The filled sheet would pass Excel's last row (TEMPLATE_TOO_LARGE, among `issues`): nothing is to be written. */
  readonly tooLarge?: boolean;
}

/** Excel's last row (SPEC §7: a filled sheet never goes past it). */
export const MAX_ROWS = 1_048_576;

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
  const rowCount = Math.max(template.rowCount, template.rows.length);
  const kinds = Array.from({ length: rowCount }, (_, r) => rowKinds(template.rows[r] ?? []));
  const units = repeatUnits(template, kinds);
  // A unit mixing the two lists is filled once, with the first of each, and reported (SPEC §7).
  const copiesOf = (unit: RepeatUnit) => (unit.kinds.length === 1 ? values[unit.kinds[0] as RowKind].length : 1);
  const filledRows = units.reduce((sum, unit) => sum + copiesOf(unit) * (unit.bottom - unit.top + 1), 0);
  if (filledRows > MAX_ROWS) {
    const issue = makeIssue("TEMPLATE_TOO_LARGE", { file: template.file, sheet: template.sheet }, { template: template.sheet, rows: filledRows });
    return { rowSources: [], templateRows: rowCount, cells: [], merges: [], issues: [issue], tooLarge: true };
  }
  // Each template row's place in the filled sheet, once per copy; `firstOut` where its unit begins (a unit with no copy takes no row).
  const rowSources: number[] = [];
  const outRows: number[][] = Array.from({ length: rowCount }, () => []);
  const firstOut: number[] = new Array<number>(rowCount).fill(0);
  const unitOf: number[] = new Array<number>(rowCount).fill(0);
  units.forEach((unit, u) => {
    for (let r = unit.top; r <= unit.bottom; r++) {
      firstOut[r] = rowSources.length;
      unitOf[r] = u;
    }
    const copies = copiesOf(unit);
    for (let i = 0; i < copies; i++) {
      for (let r = unit.top; r <= unit.bottom; r++) {
        outRows[r]?.push(rowSources.length);
        rowSources.push(r);
      }
    }
  });

  const cells: FilledCell[] = [];
  template.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== "string") return;
      issues.typos(value, a1(r, c));
      const tokens = placeholderTokens(value);
      if (tokens.length === 0) return;
      const unit = units[unitOf[r] ?? 0];
      // Once a row (a merged block: once), at its first placeholder's cell.
      if (unit && unit.kinds.length > 1) issues.mixed(a1(r, c), template.sheet, `row ${unit.top}`);
      (outRows[r] ?? []).forEach((out, i) => {
        const lookup = (name: PlaceholderName) => valueOf(values, name, i);
        cells.push({ row: out, column: c, ...fillText(value, tokens, lookup, issues.at(a1(r, c))) });
      });
    }),
  );

  const merges = template.merges.flatMap((m): CellRange[] => {
    const tops = outRows[m.top] ?? [];
    const bottoms = outRows[m.bottom] ?? [];
    // A merge within one repeated unit (a row, a merged block) is copied with it.
    if (unitOf[m.top] === unitOf[m.bottom] && tops.length === bottoms.length) return tops.map((top, i) => ({ ...m, top, bottom: bottoms[i] as number }));
    // A merge over several units stretches over their copies.
    const top = tops[0] ?? firstOut[m.top] ?? 0;
    const bottom = bottoms[bottoms.length - 1] ?? (firstOut[m.bottom] ?? 0) - 1;
    return bottom >= top && (bottom > top || m.right > m.left) ? [{ ...m, top, bottom }] : [];
  });
  return { rowSources, templateRows: rowCount, cells, merges, issues: issues.all };
}

/** Rows repeated together: one row, or the rows of a block merged down from a cell holding a row placeholder (SPEC §7). */
interface RepeatUnit {
  readonly top: number;
  readonly bottom: number;
  readonly kinds: readonly RowKind[];
}

function repeatUnits(template: Grid, kinds: readonly RowKind[][]): RepeatUnit[] {
  const blockEnd = new Map<number, number>();
  for (const m of template.merges) {
    const master = template.rows[m.top]?.[m.left];
    if (m.bottom <= m.top || typeof master !== "string" || rowKinds([master]).length === 0) continue;
    blockEnd.set(m.top, Math.max(blockEnd.get(m.top) ?? m.top, m.bottom));
  }
  const units: RepeatUnit[] = [];
  for (let r = 0; r < kinds.length; ) {
    let bottom = blockEnd.get(r) ?? r;
    // Blocks that overlap are one.
    for (let x = r + 1; x <= bottom && x < kinds.length; x++) bottom = Math.max(bottom, blockEnd.get(x) ?? x);
    bottom = Math.min(bottom, kinds.length - 1);
    const unitKinds = new Set<RowKind>();
    for (let x = r; x <= bottom; x++) for (const k of kinds[x] ?? []) unitKinds.add(k);
    units.push({ top: r, bottom, kinds: [...unitKinds] });
    r = bottom + 1;
  }
  return units;
}

/** The kinds of row placeholder a row holds: one, it repeats; two, it is TEMPLATE_ROW_MIXED. */
function rowKinds(row: Grid["rows"][number]): RowKind[] {
  const kinds = new Set<RowKind>();
  for (const value of row) {
    if (typeof value !== "string") continue;
    for (const token of placeholderTokens(value)) {
      const kind = token.name ? rowKindOf(token.name) : null;
      if (kind) kinds.add(kind);
    }
  }
  return [...kinds];
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

  /**
   * What `fillText` calls for the placeholders at `cell`: an A1 address, or in
   * a .docx the first words of a paragraph, with its part (`body`, `header 1`,
   * `text box`) as the `sheet`.
   */
  at(cell: string, sheet = this.where.sheet): (token: PlaceholderToken, value: DocValue | undefined) => void {
    return (token, value) => {
      const key = token.name ? `missing ${token.name}` : `unknown ${sheet} ${cell} ${token.raw}`;
      if (this.seen.has(key) || (token.name && value?.kind !== "missing")) return;
      this.seen.add(key);
      const place = { ...this.where, sheet, cell };
      this.all.push(
        token.name
          ? makeIssue("TEMPLATE_VALUE_MISSING", place, { placeholder: `{{${token.name}}}`, field: token.name })
          : makeIssue("TEMPLATE_PLACEHOLDER_UNKNOWN", place, { placeholder: token.raw }),
      );
    };
  }

  /** TEMPLATE_SYNTAX for each brace typo of a text (once per place, however often its row repeats). */
  typos(text: string, cell: string, sheet = this.where.sheet): void {
    for (const typo of braceTypos(text)) this.once(`syntax ${sheet} ${cell}`, () => makeIssue("TEMPLATE_SYNTAX", { ...this.where, sheet, cell }, { fragment: typo.fragment }));
  }

  /** TEMPLATE_ROW_MIXED: a row (paragraph, record) holding both `dong.…` and `xh.…`. */
  mixed(cell: string, sheet = this.where.sheet, key = cell): void {
    this.once(`mixed ${sheet} ${key}`, () => makeIssue("TEMPLATE_ROW_MIXED", { ...this.where, sheet, cell }));
  }

  add(issue: Issue, key: string): void {
    this.once(key, () => issue);
  }

  private once(key: string, issue: () => Issue): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.all.push(issue());
  }
}
