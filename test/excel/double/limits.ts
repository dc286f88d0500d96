/**
 * What Excel limits, as the double applies it: each rule with the page or
 * issue it models. The double (fake-excel.ts) imports these; a test may too.
 */

/**
 * Excel on the web: 5 MB per request and per response.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const LIMIT_BYTES = 5 * 1024 * 1024;
/** All platforms: 5,000,000 cells in one range read (same page). */
export const LIMIT_CELLS = 5_000_000;
/** At most 50 batches queued at once (same page). */
export const LIMIT_BATCHES = 50;
/**
 * `Range.getMergedAreasOrNullObject` fails above 512 merged areas (STACK.md,
 * "Office versions, API sets and webviews"; the reference:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */
export const LIMIT_MERGED_AREAS = 512;

/**
 * A queued operation travels with its object path (every object from the
 * workbook down, each with its id and the method that made it) and its
 * action: ~250 bytes for an operation on a range, before its arguments
 * (STACK.md's figure, from the request JSON of Office.js; the 5 MB limit is
 * in bytes of that JSON, not in cells:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
const ACTION_BYTES = 40;
const OBJECT_BYTES = 70;

/** How deep an operation's object sits below the application: its path's length. */
function pathDepth(what: string): number {
  if (/^(workbook|worksheets|runtime|application|suspend)/.test(what)) return 1;
  if (/^(worksheet|names|tables\.add|charts\.add|protection|freezeRows|workbookProtection)/.test(what)) return 2;
  return 3;
}

/** Bytes of a value's JSON, UTF-8 (Vietnamese letters take 2–3 bytes each). */
export function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

/** A queued operation's price in the request: its object path, its action and its arguments. */
export function operationBytes(what: string, args: unknown): number {
  return ACTION_BYTES + OBJECT_BYTES * pathDepth(what) + bytesOf(args);
}

/** A loaded property's price in the response: its name, its value and the object's id it belongs to. */
export const LOADED_OBJECT_BYTES = 60;
