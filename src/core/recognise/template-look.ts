/**
 * A block's own document template (SPEC §7): a sheet one of whose texts
 * holds a `{{…}}` placeholder. Scoresheets, rosters and criteria tables never
 * do, so a template dropped among the block's files goes to the documents,
 * never read as scores.
 */
import type { Grid } from "../model/grid";

const PLACEHOLDER = /\{\{[^{}]*\}\}/;

export function looksLikeTemplate(grid: Grid): boolean {
  return grid.rows.some((row) => row.some((value) => typeof value === "string" && value.includes("{{") && PLACEHOLDER.test(value)));
}
