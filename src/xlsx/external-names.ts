/**
 * What an .xlsx template would load from outside itself (SPEC §7): external
 * workbooks and names computed from the web. The command's fill and the
 * pane's preview both take them out of the copy they fill, and say so
 * (TEMPLATE_EXTERNAL_REMOVED).
 */
import type { Workbook } from "exceljs";

/** What an .xlsx template links to outside itself: external workbooks, names computed from the web. */
export function externalInPackage(parts: ReadonlyMap<string, Uint8Array>): string[] {
  const found: string[] = [];
  if ([...parts.keys()].some((n) => n.startsWith("xl/externalLinks/"))) found.push("externalLink");
  const book = parts.get("xl/workbook.xml");
  const names = book ? new TextDecoder().decode(book).match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? [] : [];
  if (names.some((n) => /WEBSERVICE|FILTERXML|\[\d+\]/i.test(n))) found.push("WEBSERVICE");
  return found;
}

/**
 * Names that load from outside the file when Excel computes them (a
 * `WEBSERVICE`, a reference into another workbook `[1]Sheet!A1`): removed
 * from the filled copy, as SPEC §7 asks. Returns what was removed.
 */
export function removeExternalNames(workbook: Workbook): string[] {
  const model = (workbook as unknown as { definedNames?: { model: { name: string; ranges: string[] }[] } }).definedNames;
  if (!model) return [];
  const found: string[] = [];
  const kept = model.model.filter((n) => {
    const external = n.ranges.some((r) => /WEBSERVICE|FILTERXML|\[\d+\]|^'?\[/i.test(r));
    if (external) found.push("WEBSERVICE");
    return !external;
  });
  if (found.length > 0) model.model = kept;
  return found;
}
