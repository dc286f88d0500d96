/**
 * The roster (*danh sách đơn vị*, SPEC §2.1): the block's member units, read
 * from a sheet or from a plain text file.
 *
 * The header row is found within the first 20 rows. Beyond SPEC §2.1's
 * labels, also accepted:
 *
 * | column | labels (normalised equality, SPEC §2) |
 * |---|---|
 * | name | *Tên cơ quan, đơn vị*, *Tên cơ quan*, *Cơ quan, đơn vị*, *(Tên) đơn vị thành viên* |
 * | aliases | *Tên gọi tắt*, *Tên tắt* |
 * | registration | *Danh hiệu đăng ký*, *Đăng ký danh hiệu thi đua*, *Hình thức đăng ký* |
 * | role | *Vai trò trong khối*, *Vai trò trong cụm* |
 *
 * *Tên cơ quan, đơn vị* is accepted: it is how the nomination lists the
 * block sends upward head the column, and officers copy rosters from them.
 * The numbering column (*STT*, *TT*) and any other column are ignored.
 *
 * The data rows follow the header (below the bottom of its merged cells):
 * a row whose name is blank, or only a number (the *(1) (2) (3)* row under
 * a Vietnamese header), is skipped; a section row (*I*, *II* in the
 * numbering column) is skipped; the table ends at two blank rows in a row,
 * at a *Tổng cộng* row, or at the signature block (*Người lập biểu*, *TM.*,
 * *KT.*, *Nơi nhận*, *…, ngày … tháng … năm …*, *(Ký, ghi rõ họ tên)*,
 * *Ghi chú:*, a caption such as *TRƯỞNG KHỐI* in the name column). Hidden
 * rows are read like the others.
 *
 * Cells: names and registrations are tidied (`cleanUnitName`: NFC, one
 * space for any run of whitespace or line breaks) but kept as written;
 * aliases split on `;`, `,` or line breaks, an alias equal to the name or
 * given twice dropped; a role may also stand after the name (*Sở Tư pháp
 * (Trưởng khối)*), and is then taken off the name. A name given by two
 * rows (normalised equality) is kept once, from its first row, and
 * reported in `duplicates` with every cell.
 */
import { a1 } from "../../model/address";
import { type CellValue, type Grid, cellAt, isCellError, MergedCells, visibleValueAt } from "../../model/grid";
import type { Unit, UnitRole } from "../../model/unit";
import { normalizeText } from "../../text/normalize";
import { unitKey } from "./unit-match";
import { cleanUnitName } from "./unit-name";

export interface RosterDuplicate {
  /** The name as first written. */
  name: string;
  /** A1 addresses of every row that gives it, the kept one first. */
  cells: string[];
}

export interface RosterRead {
  /** The units, in the roster's order, each name once (the first row wins). */
  units: Unit[];
  /** Names given by two or more rows (normalised equality). */
  duplicates: RosterDuplicate[];
}

/** How far down the header row is looked for. */
const HEADER_SEARCH_ROWS = 20;
/** Blank rows in a row that end the table. */
const BLANK_RUN_END = 2;

const NAME_LABELS = [
  "Tên đơn vị",
  "Đơn vị",
  "Tên cơ quan, đơn vị",
  "Tên cơ quan",
  "Cơ quan, đơn vị",
  "Tên đơn vị thành viên",
  "Đơn vị thành viên",
].map(normalizeText);
const ALIAS_LABELS = ["Tên viết tắt", "Viết tắt", "Tên gọi khác", "Tên gọi tắt", "Tên tắt"].map(normalizeText);
const REGISTRATION_LABELS = [
  "Đăng ký",
  "Đăng ký thi đua",
  "Đăng ký danh hiệu",
  "Danh hiệu đăng ký",
  "Đăng ký danh hiệu thi đua",
  "Hình thức đăng ký",
].map(normalizeText);
const ROLE_LABELS = ["Vai trò", "Vai trò trong khối", "Vai trò trong cụm"].map(normalizeText);
const NUMBERING_LABELS = ["STT", "TT", "Số TT", "Số thứ tự"].map(normalizeText);

/** Role texts, normalised; *cụm* (cluster) alongside *khối* (block). */
const ROLES: ReadonlyMap<string, UnitRole> = new Map([
  ["truong khoi", "leader"],
  ["khoi truong", "leader"],
  ["truong cum", "leader"],
  ["cum truong", "leader"],
  ["pho truong khoi", "deputy"],
  ["pho khoi truong", "deputy"],
  ["khoi pho", "deputy"],
  ["pho truong cum", "deputy"],
  ["pho cum truong", "deputy"],
  ["cum pho", "deputy"],
]);

/**
 * *Trưởng khối* → `leader`, *Phó trưởng khối* → `deputy` (also *Khối
 * trưởng*, *Khối phó*, and *cụm* for *khối*), case- and
 * diacritics-insensitive; anything else (*Thành viên*, blank) → undefined.
 */
export function parseRole(text: string): UnitRole | undefined {
  return ROLES.get(normalizeText(text));
}

/** Signature-block and footer texts that end the table, normalised, at the start of a cell. */
const END_MARKERS: readonly RegExp[] = [
  /^nguoi lap/,
  /^thu truong/,
  /^tm /,
  /^kt /,
  /^noi nhan/,
  /^xac nhan/,
  /^ky ghi ro/,
  /^ky ten/,
  /^tong cong\b/,
  /^tong so\b/,
  /^cong$/,
  /(^| )ngay [\d ]*thang [\d ]*nam\b/,
];

/** A cell that starts the signature block or a footer. */
function isEndText(text: string): boolean {
  const colon = text.indexOf(":");
  if (colon >= 0 && normalizeText(text.slice(0, colon)) === "ghi chu") return true; // a footnote, not a "Ghi chú" column
  const normalized = normalizeText(text);
  if (parseRole(normalized) !== undefined) return true; // "TRƯỞNG KHỐI" over a signature
  return END_MARKERS.some((m) => m.test(normalized));
}

interface Header {
  readonly row: number;
  /** The last row the header covers (its merged cells, a sub-header under them). */
  readonly bottom: number;
  readonly name: number;
  readonly alias?: number;
  readonly registration?: number;
  readonly role?: number;
  readonly numbering?: number;
  /** Normalised texts of the header's cells, for `looksLikeRoster`. */
  readonly labels: readonly { column: number; label: string }[];
}

/** A cell's text: strings and numbers as written (`cleanUnitName`), nothing for dates and errors. */
function textOf(value: CellValue): string {
  return cleanUnitName(rawTextOf(value));
}

function rawTextOf(value: CellValue): string {
  if (value === null || isCellError(value) || value instanceof Date) return "";
  return String(value);
}

function labelsOf(grid: Grid, row: number): { column: number; label: string }[] {
  const labels: { column: number; label: string }[] = [];
  for (let column = 0; column < grid.columnCount; column++) {
    const value = visibleValueAt(grid, row, column);
    if (typeof value !== "string") continue;
    const label = normalizeText(value);
    if (label !== "") labels.push({ column, label });
  }
  return labels;
}

/** The column of the earliest label of `set` (Tên đơn vị before Đơn vị), the leftmost on a tie. */
function columnOf(labels: readonly { column: number; label: string }[], set: readonly string[]): number | undefined {
  for (const wanted of set) {
    const hit = labels.find((l) => l.label === wanted);
    if (hit) return hit.column;
  }
  return undefined;
}

function findHeader(grid: Grid): Header | null {
  const last = Math.min(grid.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const first = labelsOf(grid, row);
    const name = columnOf(first, NAME_LABELS);
    if (name === undefined) continue;
    // A header merged over two rows may hold its sub-labels in the second.
    let bottom = row;
    const merged = new MergedCells(grid);
    for (const label of first) bottom = Math.max(bottom, merged.covering(row, label.column)?.bottom ?? row);
    const labels = [...first];
    for (let r = row + 1; r <= bottom; r++) labels.push(...labelsOf(grid, r));
    return {
      row,
      bottom,
      name,
      alias: columnOf(labels, ALIAS_LABELS),
      registration: columnOf(labels, REGISTRATION_LABELS),
      role: columnOf(labels, ROLE_LABELS),
      numbering: columnOf(labels, NUMBERING_LABELS),
      labels,
    };
  }
  return null;
}

/** Aliases as a cell lists them: separated by `;` or `,` (or line breaks). */
export function splitAliases(text: string): string[] {
  return text
    .split(/[;,\n\r]+/)
    .map(cleanUnitName)
    .filter((a) => normalizeText(a) !== "");
}

const ROMAN = /^(?=[ivxl]+$)(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
/** A "name" that is only numbering: `2`, `(2)`, `2.`, `[2]`. */
const ONLY_NUMBER = /^[([]?\s*\d+\s*[.)\]]?$/;
/** A role written after the name: *Sở Tư pháp (Trưởng khối)*, *Hội Luật gia - Phó trưởng khối*. */
const ROLE_SUFFIX = /\s*(?:\(([^()]*)\)|[-–—]\s*([^-–—()]+))\s*$/u;

/** The name with a role suffix taken off, and the role it gave. */
function splitRoleSuffix(name: string): { name: string; role?: UnitRole } {
  const match = ROLE_SUFFIX.exec(name);
  if (!match) return { name };
  const role = parseRole(match[1] ?? match[2] ?? "");
  if (!role) return { name };
  return { name: name.slice(0, match.index).trim(), role };
}

/** Dedupe aliases (normalised) and drop those equal to the name. */
function tidyAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([unitKey(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = unitKey(alias);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

interface RosterRows extends RosterRead {
  /** The 0-based row of each unit, in order. */
  readonly rows: number[];
}

function readRows(grid: Grid, header: Header): RosterRows {
  const units: Unit[] = [];
  const rows: number[] = [];
  const duplicates = new Map<string, { name: string; cells: string[] }>();
  const firstCell = new Map<string, { name: string; cell: string }>();
  let blanks = 0;

  for (let row = header.bottom + 1; row < grid.rowCount; row++) {
    const texts: string[] = [];
    for (let column = 0; column < grid.columnCount; column++) texts.push(textOf(cellAt(grid, row, column)));
    if (texts.every((t) => t === "")) {
      if (++blanks >= BLANK_RUN_END) break;
      continue;
    }
    blanks = 0;
    const rawName = textOf(visibleValueAt(grid, row, header.name));
    // The name cell decides; with no name, any cell may open the signature block.
    if (rawName !== "" ? isEndText(rawName) : texts.some((t, c) => c !== header.role && isEndText(t))) break;
    if (header.numbering !== undefined && isEndText(textOf(visibleValueAt(grid, row, header.numbering)))) break;
    if (rawName === "" || ONLY_NUMBER.test(rawName)) continue;
    if (header.numbering !== undefined) {
      const numbering = textOf(visibleValueAt(grid, row, header.numbering)).replace(/[.)]$/, "");
      if (ROMAN.test(numbering)) continue; // a section row: "I. Các Hội đặc thù"
    }

    const fromName = splitRoleSuffix(rawName);
    const name = fromName.name;
    const key = unitKey(name);
    if (key === "") continue;
    const cell = a1(row, header.name);
    const seen = firstCell.get(key);
    if (seen) {
      const dup = duplicates.get(key) ?? { name: seen.name, cells: [seen.cell] };
      dup.cells.push(cell);
      duplicates.set(key, dup);
      continue;
    }
    firstCell.set(key, { name, cell });

    const column = (c: number | undefined): CellValue => (c === undefined ? null : visibleValueAt(grid, row, c));
    const registration = textOf(column(header.registration));
    const role = parseRole(textOf(column(header.role))) ?? fromName.role;
    units.push({
      name,
      aliases: tidyAliases(name, splitAliases(rawTextOf(column(header.alias)))),
      ...(registration !== "" ? { registration } : {}),
      ...(role ? { role } : {}),
      source: { file: grid.file, sheet: grid.sheet, cell },
    });
    rows.push(row);
  }
  return { units, duplicates: [...duplicates.values()], rows };
}

/** Whether the sheet has a roster's header: `readRoster` gives a roster exactly then. */
export function hasRosterHeader(grid: Grid): boolean {
  return findHeader(grid) !== null;
}

/**
 * The roster on a sheet, or `null` when the sheet has no roster header (no
 * name column in its first 20 rows). A header with no unit under it gives
 * an empty roster.
 */
export function readRoster(grid: Grid): RosterRead | null {
  const header = findHeader(grid);
  if (!header) return null;
  const { units, duplicates } = readRows(grid, header);
  return { units, duplicates };
}

/** Header words that belong to a criteria table or a scoresheet, never to a roster. */
const SCORE_WORDS: readonly string[] = ["diem", "cham", "tieu chi", "noi dung", "trung binh", "xep hang", "xep thu"];

/** A score-sized number, as a number or typed as text. */
function isSmallNumber(value: CellValue): boolean {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(value)
        ? Number(value.replace(",", "."))
        : NaN;
  return Number.isFinite(n) && Math.abs(n) <= 1000;
}

/**
 * Whether a sheet is a roster, by its content: it has a roster header (a
 * name column), none of the header's cells speaks of scores or criteria
 * (*điểm*, *chấm*, *tiêu chí*, *nội dung*, *trung bình*, *xếp hạng*), at
 * least one unit is read under it, and fewer than two of its other columns
 * hold mostly score-sized numbers (a totals sheet, layout C, has a *Tên đơn
 * vị* column too, and one number column per scorer; a roster may have one
 * count such as *Số hội viên*).
 */
export function looksLikeRoster(grid: Grid): boolean {
  const header = findHeader(grid);
  if (!header) return false;
  const scoreLike = header.labels.some(({ label }) => SCORE_WORDS.some((w) => ` ${label} `.includes(` ${w} `)));
  if (scoreLike) return false;
  const { rows } = readRows(grid, header);
  if (rows.length === 0) return false;

  let numberColumns = 0;
  for (let column = 0; column < grid.columnCount; column++) {
    if (column === header.name || column === header.numbering) continue;
    const numbers = rows.filter((row) => isSmallNumber(cellAt(grid, row, column))).length;
    if (numbers * 2 > rows.length) numberColumns++;
  }
  return numberColumns < 2;
}

/** A leading numbering: `1.`, `1)`, `1 -`, `-`, `*`, `•`. */
const LINE_NUMBERING = /^\s*(?:\d{1,3}\s*[.):/-]\s*|\d{1,3}\s+(?=\D)|[-*•+–—]\s*)/u;

/**
 * The roster in a plain text file: one unit a line. Lines are trimmed;
 * blank lines and lines starting with `#` (comments) are skipped; a leading
 * numbering (`1.`, `1)`, `1 -`, `- `, `* `, `• `) is stripped. Aliases may
 * follow the name after a `;` or a tab (*Hội Chữ thập đỏ tỉnh; CTĐ*),
 * separated by `;` or `,` — a comma alone does not end the name, since
 * names hold commas (*Sở Lao động, Thương binh và Xã hội*). A role may be
 * written after the name (*Hội Luật gia tỉnh (Trưởng khối)*). A name given
 * twice is kept once.
 */
export function readRosterText(text: string, file: string): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (const rawLine of text.replace(/^\ufeff/, "").split(/\r\n|\n|\r/)) {
    const line = rawLine.normalize("NFC").trim();
    if (line === "" || line.startsWith("#")) continue;
    const [head = "", ...rest] = line.replace(LINE_NUMBERING, "").split(/[;\t]/);
    const fromName = splitRoleSuffix(cleanUnitName(head));
    const name = fromName.name;
    const key = unitKey(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    units.push({
      name,
      aliases: tidyAliases(name, splitAliases(rest.join(";"))),
      ...(fromName.role ? { role: fromName.role } : {}),
      source: { file },
    });
  }
  return units;
}
