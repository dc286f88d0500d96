import type { ColumnSpec } from "./sink";

/**
 * Excel's rules for a sheet name, kept by both adapters alike: at most 31
 * characters, none of `[]:*?/\`, not edged by `'`, unique regardless of case.
 * A taken name gets the next free `(2)`, `(3)`…, so a user's own sheet named
 * like ours is never touched.
 */
export function freeSheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; used.has(name.toLocaleLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  used.add(name.toLocaleLowerCase());
  return name;
}

/** The header cells a table can have: one line, not blank, ≤ 255 characters, unique regardless of case. */
export function tableHeaders(columns: readonly Pick<ColumnSpec, "header">[]): string[] {
  const seen = new Set<string>();
  return columns.map((column, i) => {
    const base = column.header.replace(/[\r\n\t]+/g, " ").trim().slice(0, 250) || `Column ${i + 1}`;
    let header = base;
    for (let n = 2; seen.has(header.toLocaleLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLocaleLowerCase());
    return header;
  });
}
