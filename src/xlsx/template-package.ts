/**
 * A template's package (SPEC §7: a template is untrusted input): every part
 * of the zip inflated under the scoresheet reader's bounds (xlsx/read/limits.ts)
 * before any library sees it, so a zip bomb costs that template only; a
 * file that is no zip, cut short, or holds a macro project or a DOCTYPE is
 * refused with its issue. The parts come back as bytes, for our own fill or
 * for exceljs, which then inflates nothing we have not measured.
 */
import { makeIssue } from "../core/check/make-issue";
import type { Issue } from "../core/model/issue";
import { READ_LIMITS, ReadLimitError, type ReadLimits } from "./read/limits";
import { fflateInflate, InflateBudget, type Inflater, inflateEntry, ZipError, zipEntries } from "./read/zip";

export type TemplatePackage = { readonly ok: true; readonly parts: Map<string, Uint8Array> } | { readonly ok: false; readonly issue: Issue };

export interface PackageOptions {
  readonly inflater?: Inflater;
  readonly limits?: ReadLimits;
  /** The part the package cannot be without: `word/document.xml`, `xl/workbook.xml`. */
  readonly mainPart: string;
}

const MACRO_PART = /(^|\/)vba(Project|Data)\.bin$/i;
const MACRO_TYPE = /macroEnabled/i;
const DOCTYPE = /<!(DOCTYPE|ENTITY)/i;

export function readTemplatePackage(bytes: Uint8Array, file: string, options: PackageOptions): TemplatePackage {
  const unreadable = (params: Record<string, string | number>): TemplatePackage => ({ ok: false, issue: makeIssue("FILE_UNREADABLE", { file }, params) });
  const unsafe = (reason: string, part: string): TemplatePackage => ({ ok: false, issue: makeIssue("TEMPLATE_UNSAFE", { file }, { reason, part }) });
  const entries = zipEntries(bytes);
  if (!entries || !entries.has(options.mainPart)) return unreadable({ reason: "not-template" });
  const budget = new InflateBudget(options.limits ?? READ_LIMITS);
  const parts = new Map<string, Uint8Array>();
  const decoder = new TextDecoder("utf-8");
  for (const entry of entries.values()) {
    if (entry.name.endsWith("/")) continue;
    if (MACRO_PART.test(entry.name)) return unsafe("macros", entry.name);
    let data: Uint8Array;
    try {
      data = inflateEntry(bytes, entry, budget, options.inflater ?? fflateInflate);
    } catch (error) {
      if (error instanceof ReadLimitError) return unreadable({ reason: error.reason, ...error.params });
      if (error instanceof ZipError) return unreadable({ reason: error.encrypted ? "encrypted" : "not-template" });
      throw error;
    }
    if (/\.(xml|rels)$/i.test(entry.name)) {
      const text = decoder.decode(data);
      if (DOCTYPE.test(text)) return unsafe("doctype", entry.name);
      if (entry.name === "[Content_Types].xml" && MACRO_TYPE.test(text)) return unsafe("macros", entry.name);
    }
    parts.set(entry.name, data);
  }
  return { ok: true, parts };
}
