/**
 * Port: a block's own template sheet filled into a new sheet (SPEC §7). The
 * filled sheet is built from the template's rows, each copied with its
 * formats and height (a repeated row once per proposal), then the cells
 * that held placeholders are written and the merges set. The template
 * itself is never modified; a re-run replaces only the filled sheet.
 * Rows and columns are 1-based, as in the page port.
 */
import type { FillPlan } from "../../core/documents/fill-grid";
import type { Lang } from "../../core/i18n/lang";
import { freeSheetName } from "../excel-rules";
import type { PageRange, PageValue } from "./page";

export interface TemplateFillSpec {
  /** The template's sheet, by its name in the workbook it is in. */
  readonly template: string;
  /** The filled sheet's name: *Biên bản (đã điền)*. */
  readonly name: string;
  /** For each row of the filled sheet, in order, the template row it copies (formats, height, the cells without placeholders). */
  readonly rowSources: readonly number[];
  /** The template's rows the plan covers: a row no filled row copies (a repeated row with nothing to repeat) is removed. */
  readonly templateRows: number;
  readonly cells: readonly TemplateFillCell[];
  /** Every merge of the filled sheet (the template's are not copied: they moved). */
  readonly merges: readonly PageRange[];
  readonly active?: boolean;
}

export interface TemplateFillCell {
  readonly row: number;
  readonly column: number;
  /** Strings are text, never formulas. */
  readonly value: PageValue;
  /** Where the value is a number or a date the placeholder gave alone. */
  readonly numberFormat?: string;
}

/**
 * Where the template sheet is: in a file the officer imported (its bytes,
 * read when the fill is written), or in the workbook open in Excel.
 */
export type TemplateOrigin = { readonly kind: "file"; readonly file: string; read(): Promise<ArrayBuffer> } | { readonly kind: "open-workbook" };

export interface TemplateFill {
  readonly spec: TemplateFillSpec;
  readonly origin: TemplateOrigin;
}

/**
 * Port: the fills written with the templates' formats, in one batch. Returns
 * the fills it could not write so (a host without the API it needs, a
 * template it cannot reach), which the caller writes as plain pages
 * (filled-template-page.ts) and says so.
 */
export interface TemplateFillSink {
  writeTemplateFills(fills: readonly TemplateFill[]): Promise<readonly PlainFill[]>;
}

/**
 * A fill sent back for a plain page, with the fill's own `spec`. When its
 * template is a protected sheet (Review › Protect Sheet: its copy would
 * refuse the unmerge and the rows), `protectedTemplate` says so, and the
 * pane names the sheet rather than blame the host's version.
 */
export interface PlainFill extends TemplateFill {
  readonly protectedTemplate?: boolean;
}

const FILLED: Record<Lang, string> = { vi: "đã điền", en: "filled" };

/** `Biên bản` → `Biên bản (đã điền)`, the template's name shortened to keep within Excel's 31 characters. */
export function filledSheetName(template: string, lang: Lang): string {
  const suffix = ` (${FILLED[lang]})`;
  return `${[...template].slice(0, 31 - suffix.length).join("")}${suffix}`;
}

/**
 * The filled sheet's name, never one already `taken` (a user's sheet, another
 * template's fill: two 31-character names may share their first 21): a
 * number is added, *Biên bản (đã điền 2)*.
 */
export function uniqueFilledSheetName(template: string, lang: Lang, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = ` (${FILLED[lang]}${n === 1 ? "" : ` ${n}`})`;
    const name = `${[...template].slice(0, 31 - [...suffix].length).join("")}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * A filled sheet's name where some are `taken` (and taken now): a fill's own
 * name numbered as the command line numbers it (*Biên bản (đã điền 2)*),
 * any other name as a sheet name is freed. The pane's writers and the
 * command line so name a collision alike.
 */
export function freeFilledSheetName(spec: { readonly template: string; readonly name: string }, taken: Set<string>): string {
  const lang = (Object.keys(FILLED) as Lang[]).find((l) => filledSheetName(spec.template, l) === spec.name);
  if (lang === undefined || !taken.has(spec.name.toLowerCase())) return freeSheetName(spec.name, taken);
  const name = uniqueFilledSheetName(spec.template, lang, taken);
  taken.add(name.toLowerCase());
  return name;
}

export function templateFillSpec(template: string, plan: FillPlan, lang: Lang): TemplateFillSpec {
  return {
    template,
    name: filledSheetName(template, lang),
    rowSources: plan.rowSources.map((r) => r + 1),
    templateRows: plan.templateRows,
    cells: plan.cells.map((c) => ({ row: c.row + 1, column: c.column + 1, value: c.value, ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) })),
    merges: plan.merges.map((m) => ({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 })),
  };
}

/**
 * The template's print area (`A1:H40`, `$A$1:$H$40`) over the filled sheet:
 * its top at the first copy of its first row, its bottom at the last copy of
 * its last row (or the row before, where that row went). Undefined when it
 * is none we can read (several areas): the filled sheet then prints its used range.
 */
export function filledPrintArea(area: string | undefined, rowSources: readonly number[]): string | undefined {
  const m = area ? /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(area.trim()) : null;
  if (!m) return undefined;
  const [, fromColumn = "A", fromRow = "1", toColumn = fromColumn, toRow = fromRow] = m;
  const top = rowSources.findIndex((r) => r >= Number(fromRow));
  let bottom = -1;
  rowSources.forEach((r, i) => {
    if (r <= Number(toRow)) bottom = i;
  });
  if (top < 0 || bottom < top) return undefined;
  return `${fromColumn.toUpperCase()}${top + 1}:${toColumn.toUpperCase()}${bottom + 1}`;
}
