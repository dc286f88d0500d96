/**
 * The criteria table reader (SPEC §2.2): a Grid in, the block's
 * `CriteriaTable` out, with the rows and cells each criterion came from.
 *
 * Rules, beyond the spec's own words (SPEC §2.2 is the contract):
 *
 * - **Body.** Reading starts under the header (and under a row of column
 *   numbers). Hidden rows are read like the others: they are part of the
 *   template every scoresheet copies, so ids stay aligned.
 * - **Hierarchy** from the numbering (`parseNumbering`): a section opens a
 *   new context; a criterion `2` is `I.2` (or `2` without sections); a
 *   sub-criterion `2.1` is `I.2.1` with parent `I.2` (the nearest existing
 *   dotted prefix, else the open criterion, else the section); an item `a)`
 *   hangs under the open sub-criterion, else criterion, else section. When
 *   the numbering cell is blank (or merged with the text), a numbering
 *   opening the text (`a) Tổ chức…`, `I. CÔNG TÁC…`) is used and cut off the
 *   text.
 * - **Rows with a max but no numbering** (blank or a bullet `-`, `+`)
 *   continue one level below the last numbered row (section → criterion →
 *   sub-criterion → item → item). Their id is the parent's id plus a running
 *   number in brackets, counted per parent: `I.2.(1)`, `I.2.(2)`; brackets
 *   keep them apart from a real `I.2.1`. They do not become the "last
 *   numbered row", so consecutive ones are siblings.
 * - **Headings and notes** (no numbering, no max, some text) are skipped and
 *   reading goes on; so are subtotal rows (*Cộng*, *Cộng mục I*) followed by
 *   more of the table, and numbered rows with neither text nor max.
 * - **Ids** are unique: a repeated id (a table typed without diacritics
 *   lists `d)` twice where it meant `d)`, `đ)`) gets `#2`, `#3`…
 * - **Upper-case letters.** `A.`, `B.` met before anything is open are parts
 *   (*A. Phần chấm điểm*, *B. Điểm thưởng*): read as sections with ids `A`,
 *   `B`; a part directly followed by Roman sections is only their heading
 *   (dropped) and passes its bonus/deduction kind to them. Elsewhere an
 *   upper-case letter is an item, and `I` right after an item `H` is the
 *   ninth item, not section I.
 * - **Kinds.** A section, a part, or a top-level criterion of a table
 *   without sections is bonus when its text holds the words *điểm thưởng*,
 *   *điểm cộng*, *cộng điểm* or *điểm khuyến khích*, deduction for *điểm
 *   trừ* / *trừ điểm*; text typed with diacritics is matched with them, so
 *   *Điểm công tác* is not *điểm cộng*. A section saying both (*Điểm thưởng,
 *   điểm trừ*) stays normal and its criteria are judged by their own text.
 *   Children inherit their parent's kind.
 * - **Maxima** are magnitudes: `-5` in a deduction section is 5. A max typed
 *   as text reads like a score (`"9,5"`), also `"10 điểm"`, `"(10đ)"`.
 * - **End.** A total row (*Tổng cộng*, *Tổng điểm*, *Tổng số điểm*, or a
 *   subtotal *Cộng*, *Cộng mục I*, in the text or the numbering cell) is no
 *   criterion. A *Tổng…* row ends the table, unless bonus or deduction
 *   sections follow it (tables often total the normal sections, then list
 *   the extras) or another total row does. A *Cộng…* row ends it only when
 *   neither a numbered row nor another total follows (then it is the total).
 *   A run of two blank rows ends it (a single blank row is skipped; blank
 *   rows before the first criterion are not an end; the lower rows of a
 *   merged cell are not blank). A signature block or a date line ends it
 *   too, in any cell of a row without numbering and max: *Người lập biểu*,
 *   *Thủ trưởng đơn vị*, *Xác nhận*, *TM.*, *KT.*, *Nơi nhận*, *Yên Bái,
 *   ngày … tháng … năm …* (a place and a comma at most before *ngày*, so a
 *   note *số liệu đến ngày 30 tháng 11 năm 2026* is no date line).
 * - **Base**: the max of the first *Tổng…* row (else of the total row that
 *   ended the table), when printed and positive; else the sum of the normal
 *   top-level rows' maxima (a row without a printed max counts as the sum of
 *   its children's; a top-level row whose leaves are all bonus or deduction
 *   is left out).
 * - **Empty**: a header with no criteria under it gives an empty table
 *   (base 0), not `null`; the caller decides whether that is unreadable.
 * - **Allowed values**: the numbers in the allowed-values cell, in order,
 *   without repeats (`"Tốt 4 / Khá 3 / TB 2 / Yếu 0"` → [4, 3, 2, 0]). A `,`
 *   is a decimal mark when the values are separated by `;`, `/`, `|` or line
 *   breaks (`"1,5; 1; 0,5"`), else a separator (`"4, 3, 2, 0"`).
 */
import type { CriteriaTable, Criterion, CriterionKind, CriterionLevel } from "../model/criteria";
import type { CellValue, Grid } from "../model/grid";
import { cellAt } from "../model/grid";
import { a1 } from "../model/address";
import { differs, tidy } from "../check/numbers";
import { GRAND_TOTAL, isTotalLabel } from "./row-labels";
import { normalizeText, squashSpaces } from "../text/normalize";
import { cellDisplayText, isBlankCell, parseMaxCell } from "./cell-number";
import type { CriteriaHeader } from "./criteria-header";
import { findCriteriaHeader } from "./criteria-header";
import { gradesFromText } from "./criteria-grades";
import type { Numbering } from "./numbering";
import { isBullet, parseNumbering, splitLeadingNumbering } from "./numbering";

export interface CriteriaTotalRow {
  /** 0-based row of the total (*Tổng cộng*) that gave the base. */
  readonly row: number;
  /** A1 address of its max cell. */
  readonly cell: string;
  /** Its printed max, `null` when blank. */
  readonly printed: number | null;
}

export interface CriteriaTableRead {
  readonly table: CriteriaTable;
  readonly header: CriteriaHeader;
  /** Criterion id → 0-based grid row. */
  readonly rows: ReadonlyMap<string, number>;
  /** Criterion id → A1 address of its printed max (only where one is printed). */
  readonly maxCells: ReadonlyMap<string, string>;
  /** The total row the base came from, when there is one. */
  readonly total: CriteriaTotalRow | null;
}

export interface CriteriaMaxMismatch {
  readonly criterionId: string;
  /** A1 address of the parent's max. */
  readonly cell: string;
  readonly printed: number;
  readonly sumOfChildren: number;
}

export interface CriterionIndex {
  readonly byId: ReadonlyMap<string, Criterion>;
  /** Normalised text → the criteria with that text, in table order. */
  readonly byText: ReadonlyMap<string, readonly Criterion[]>;
  /** Parent id → its children, in table order. */
  readonly children: ReadonlyMap<string, readonly Criterion[]>;
}


// ───────────────────────── cell helpers ─────────────────────────

/** `normalizeText`, or the lower-cased text with its diacritics when it has any: *cộng* ≠ *công*. */
function phraseForm(text: string): { form: string; strict: boolean } {
  const strict = /[\u0300-\u036fđĐ]/.test(text.normalize("NFD"));
  const form = strict
    ? text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()
    : normalizeText(text);
  return { form: ` ${form} `, strict };
}

function says(text: string, phrases: readonly (readonly [string, string])[]): boolean {
  const { form, strict } = phraseForm(text);
  return phrases.some(([vi, ascii]) => form.includes(` ${strict ? vi : ascii} `));
}

const BONUS_PHRASES = [
  ["điểm thưởng", "diem thuong"],
  ["điểm cộng", "diem cong"],
  ["cộng điểm", "cong diem"],
  ["điểm khuyến khích", "diem khuyen khich"],
] as const;
const DEDUCTION_PHRASES = [
  ["điểm trừ", "diem tru"],
  ["trừ điểm", "tru diem"],
] as const;

/** The kind a section's text names, `"mixed"` when it names both. */
function kindFromText(text: string): CriterionKind | "mixed" {
  const bonus = says(text, BONUS_PHRASES);
  const deduction = says(text, DEDUCTION_PHRASES);
  if (bonus && deduction) return "mixed";
  return bonus ? "bonus" : deduction ? "deduction" : "normal";
}


const SIGNATURE = [
  "nguoi lap bieu",
  "nguoi lap",
  "nguoi tong hop",
  "thu truong",
  "xac nhan",
  "tm",
  "t m",
  "kt",
  "ky ten",
  "ky ghi ro ho ten",
  "truong khoi",
  "pho truong khoi",
  "noi nhan",
];
const DATE_LINE = /(^| )ngay( \d{1,2})? thang( \d{1,2})? nam( \d{2,4})?$|(^| )ngay \d{1,2} \d{1,2} \d{4}$/;

/** `Yên Bái, ngày … tháng … năm 2026` or `Ngày 20 tháng 12 năm 2026`: a place and a comma at most before it. */
const DATE_LINE_START = /^([^,()\d]{1,40},\s*)?ng[aàá]y(\s|$)/iu;

function isSignatureOrDate(label: string): boolean {
  const n = normalizeText(label);
  if (n === "") return false;
  if (SIGNATURE.some((s) => n === s || n.startsWith(`${s} `))) return true;
  return DATE_LINE.test(n) && DATE_LINE_START.test(label.normalize("NFC").trim());
}


/**
 * The allowed values of a graded criterion: the numbers in the cell, in
 * order, without repeats; `null` when it holds none.
 */
export function parseAllowedValues(value: CellValue): number[] | null {
  if (typeof value === "number") return Number.isFinite(value) ? [Math.abs(value)] : null;
  if (typeof value !== "string") return null;
  const decimalComma = /[;/|\n]/.test(value);
  const pattern = decimalComma ? /\d+(?:[.,]\d+)?/g : /\d+(?:\.\d+)?/g;
  const values: number[] = [];
  for (const match of value.matchAll(pattern)) {
    const n = Number(match[0].replace(",", "."));
    if (Number.isFinite(n) && !values.includes(n)) values.push(n);
  }
  return values.length > 0 ? values : null;
}

// ───────────────────────── rows ─────────────────────────

/** Rows already read, by their cells' content; shared results are never mutated. */
const ROW_INFO = new Map<string, Omit<RowInfo, "row">>();
const ROW_INFO_LIMIT = 50_000;

function remember(key: string, info: Omit<RowInfo, "row">): void {
  if (ROW_INFO.size >= ROW_INFO_LIMIT) ROW_INFO.clear();
  ROW_INFO.set(key, info);
}

/** A key for the cells a row's reading depends on; `null` (no caching) for dates and error values. */
function rowKey(...cells: [CellValue, CellValue, CellValue, CellValue, boolean]): string | null {
  let key = "";
  for (const cell of cells) {
    if (cell !== null && typeof cell === "object") return null;
    key += `${typeof cell}:${String(cell)}\u0000`;
  }
  return key;
}

interface RowInfo {
  readonly row: number;
  readonly numbering: Numbering | null;
  /** The criterion's text, numbering cut off. */
  readonly text: string;
  /** What the row says (text, else the numbering cell's text), for totals and signatures. */
  readonly label: string;
  readonly max: number | null;
  readonly allowed: number[] | null;
}

class Sheet {
  private readonly mergeByTop = new Map<number, Grid["merges"][number][]>();
  private readonly continued = new Set<number>();

  constructor(
    readonly grid: Grid,
    readonly header: CriteriaHeader,
  ) {
    for (const m of grid.merges) {
      const list = this.mergeByTop.get(m.top) ?? [];
      list.push(m);
      this.mergeByTop.set(m.top, list);
      for (let r = m.top + 1; r <= m.bottom; r++) this.continued.add(r);
    }
  }

  private mergeAt(row: number, column: number) {
    return this.mergeByTop.get(row)?.find((m) => m.left <= column && column <= m.right);
  }

  /** A cell's value, a merge's value in every cell it covers on its top row. */
  value(row: number, column: number | null | undefined): CellValue {
    if (column === null || column === undefined) return null;
    const m = this.mergeAt(row, column);
    return m ? cellAt(this.grid, m.top, m.left) : cellAt(this.grid, row, column);
  }

  mergedTogether(row: number, a: number, b: number): boolean {
    const m = this.mergeAt(row, a);
    return m !== undefined && m.left <= b && b <= m.right;
  }

  /** Every cell blank, and not the lower part of a merged cell. */
  isBlank(row: number): boolean {
    if (this.continued.has(row)) return false;
    const cells = this.grid.rows[row] ?? [];
    return cells.every((value) => isBlankCell(value));
  }

  /** Any cell of the row is a signature label or a date line. */
  hasSignature(row: number): boolean {
    const cells = this.grid.rows[row] ?? [];
    return cells.some((value) => typeof value === "string" && isSignatureOrDate(value));
  }

  info(row: number): RowInfo {
    const { numberColumn, textColumn, maxColumn, allowedColumn } = this.header;
    const numberValue = this.value(row, numberColumn);
    const textValue = this.value(row, textColumn);
    const maxValue = cellAt(this.grid, row, maxColumn);
    const allowedValue = allowedColumn === undefined ? null : this.value(row, allowedColumn);
    const sameCell = numberColumn !== null && this.mergedTogether(row, numberColumn, textColumn);
    // A block's sheets repeat the same rows thousands of times: read each distinct row once.
    const key = rowKey(numberValue, textValue, maxValue, allowedValue, sameCell);
    const known = key === null ? undefined : ROW_INFO.get(key);
    if (known) return { ...known, row };
    const info = this.analyse(numberValue, textValue, maxValue, allowedValue, sameCell);
    if (key !== null) remember(key, info);
    return { ...info, row };
  }

  private analyse(numberValue: CellValue, textValue: CellValue, maxValue: CellValue, allowedValue: CellValue, sameCell: boolean): Omit<RowInfo, "row"> {
    let text = isBlankCell(textValue) ? "" : squashSpaces(cellDisplayText(textValue));
    let numbering = isBullet(numberValue) ? null : parseNumbering(numberValue);
    if (!numbering && (isBlankCell(numberValue) || sameCell)) {
      const split = splitLeadingNumbering(text);
      if (split) {
        numbering = split.numbering;
        text = split.rest;
      }
    }
    const numberText = isBlankCell(numberValue) || numbering ? "" : squashSpaces(cellDisplayText(numberValue));
    return {
      numbering,
      text,
      label: text !== "" ? text : numberText,
      max: parseMaxCell(maxValue),
      allowed: (allowedValue === null ? null : parseAllowedValues(allowedValue)) ?? gradesFromText(text),
    };
  }

  /** The next non-blank row after `row`, unless two blank rows come first. */
  nextRow(row: number): number | null {
    let blanks = 0;
    for (let r = row + 1; r < this.grid.rowCount; r++) {
      if (!this.isBlank(r)) return r;
      if (++blanks >= 2) return null;
    }
    return null;
  }
}

// ───────────────────────── building ─────────────────────────

interface Node {
  id: string;
  level: CriterionLevel;
  parent: Node | null;
  number: string;
  text: string;
  maxPoints: number | null;
  kind: CriterionKind;
  mixed: boolean;
  allowedValues: number[] | null;
  row: number;
  children: Node[];
  /** An upper-case part (`A.`) that only heads Roman sections. */
  isPart: boolean;
  partHeadsSections: boolean;
}

const LEVEL_BELOW: Readonly<Record<CriterionLevel, CriterionLevel>> = {
  section: "criterion",
  criterion: "subcriterion",
  subcriterion: "item",
  item: "item",
};

const NEXT_LETTER: Readonly<Record<string, string>> = { h: "I", u: "V", w: "X" };

class Builder {
  readonly nodes: Node[] = [];
  private readonly byId = new Map<string, Node>();
  private readonly generated = new Map<Node | null, number>();
  private section: Node | null = null;
  private criterion: Node | null = null;
  private sub: Node | null = null;
  private lastNumbered: Node | null = null;
  private lastNumbering: Numbering | null = null;
  private part: Node | null = null;
  private partsMode = false;

  private unique(id: string): string {
    if (!this.byId.has(id)) return id;
    let k = 2;
    while (this.byId.has(`${id}#${k}`)) k++;
    return `${id}#${k}`;
  }

  private add(
    info: RowInfo,
    level: CriterionLevel,
    parent: Node | null,
    idBase: string,
    number: string,
    isPart = false,
  ): Node {
    const id = this.unique(idBase);
    let kind: CriterionKind = "normal";
    let mixed = false;
    if (parent && parent.kind !== "normal") {
      kind = parent.kind;
    } else if (level === "section" || parent === null || parent.mixed) {
      const fromText = kindFromText(info.text);
      mixed = fromText === "mixed";
      kind = fromText === "mixed" ? "normal" : fromText;
      if (kind === "normal" && !mixed && level === "section" && !isPart && this.part && this.part.kind !== "normal") {
        kind = this.part.kind;
      }
    }
    const node: Node = {
      id,
      level,
      parent,
      number,
      text: info.text,
      maxPoints: info.max === null ? null : Math.abs(info.max),
      kind,
      mixed,
      allowedValues: info.allowed,
      row: info.row,
      children: [],
      isPart,
      partHeadsSections: false,
    };
    this.byId.set(id, node);
    this.nodes.push(node);
    parent?.children.push(node);
    return node;
  }

  private prefix(): string {
    return this.section ? `${this.section.id}.` : "";
  }

  numbered(info: RowInfo, numbering: Numbering): void {
    let n = numbering;
    // `I` right after an upper-case item `H` is the ninth item.
    if (n.level === "section" && this.lastNumbering?.level === "item" && this.lastNumbering.uppercase) {
      if (NEXT_LETTER[this.lastNumbering.letter] === n.key) {
        n = { level: "item", printed: n.printed, key: n.key.toLowerCase(), letter: n.key.toLowerCase(), uppercase: true };
      }
    }
    let node: Node;
    if (n.level === "item" && n.uppercase && /^[a-zđ]$/.test(n.letter) && (this.partsMode || this.nothingOpen())) {
      this.partsMode = true;
      node = this.add(info, "section", null, n.key.toUpperCase(), n.printed, true);
      this.part = node;
      this.openSection(node);
    } else if (n.level === "section") {
      if (this.part && this.part.children.length === 0 && this.section === this.part) this.part.partHeadsSections = true;
      node = this.add(info, "section", null, n.key, n.printed);
      this.openSection(node);
    } else if (n.level === "criterion") {
      node = this.add(info, "criterion", this.section, this.prefix() + n.key, n.printed);
      this.criterion = node;
      this.sub = null;
    } else if (n.level === "subcriterion") {
      node = this.add(info, "subcriterion", this.subParent(n.parts), this.prefix() + n.key, n.printed);
      this.sub = node;
    } else {
      const parent = this.sub ?? this.criterion ?? this.section;
      node = this.add(info, "item", parent, (parent ? `${parent.id}.` : "") + n.key, n.printed);
    }
    this.lastNumbered = node;
    this.lastNumbering = n;
  }

  /** A row with a max and no numbering: one level below the last numbered row. */
  unnumbered(info: RowInfo): void {
    const parent = this.lastNumbered;
    const count = (this.generated.get(parent) ?? 0) + 1;
    this.generated.set(parent, count);
    const level = parent ? LEVEL_BELOW[parent.level] : "criterion";
    this.add(info, level, parent, `${parent ? `${parent.id}.` : ""}(${count})`, "");
  }

  private nothingOpen(): boolean {
    return this.section === null && this.criterion === null && this.sub === null && this.nodes.length === 0;
  }

  private openSection(node: Node): void {
    this.section = node;
    this.criterion = null;
    this.sub = null;
  }

  /** The nearest existing dotted prefix (`I.2.3` for `2.3.1`), else the open criterion, else the section. */
  private subParent(parts: readonly number[]): Node | null {
    for (let k = parts.length - 1; k >= 1; k--) {
      const found = this.byId.get(this.prefix() + parts.slice(0, k).join("."));
      if (found) return found;
    }
    return this.criterion ?? this.section;
  }

  /** Parts that only headed Roman sections are dropped; returns the nodes kept. */
  finish(): Node[] {
    return this.nodes.filter((node) => !(node.isPart && node.partHeadsSections && node.children.length === 0));
  }
}

// ───────────────────────── reading ─────────────────────────

/**
 * Read the criteria table of a sheet; `null` when no header is found in its
 * first 20 rows.
 */
export function readCriteriaTable(grid: Grid): CriteriaTableRead | null {
  const header = findCriteriaHeader(grid);
  if (!header) return null;
  const sheet = new Sheet(grid, header);
  const builder = new Builder();
  let total: CriteriaTotalRow | null = null;
  let blankRun = 0;

  for (let row = header.firstDataRow; row < grid.rowCount; row++) {
    if (sheet.isBlank(row)) {
      blankRun++;
      if (blankRun >= 2 && builder.nodes.length > 0) break;
      continue;
    }
    blankRun = 0;
    const info = sheet.info(row);

    if (info.numbering) {
      if (info.text === "" && info.max === null) continue;
      builder.numbered(info, info.numbering);
      continue;
    }

    const label = normalizeText(info.label);
    if (isTotalLabel(label)) {
      const grand = GRAND_TOTAL.test(label);
      const next = sheet.nextRow(row);
      const nextInfo = next === null ? null : sheet.info(next);
      const totalRow: CriteriaTotalRow = {
        row,
        cell: a1(row, header.maxColumn),
        printed: info.max === null ? null : Math.abs(info.max),
      };
      // A subtotal (*Cộng mục I*) followed by more of the table; the total of
      // the normal sections followed by the bonus and deduction ones; a
      // total followed by another total (*Cộng*, then *Tổng cộng*).
      const nextIsTotal = nextInfo !== null && !nextInfo.numbering && isTotalLabel(normalizeText(nextInfo.label));
      const nextIsExtra = nextInfo?.numbering != null && kindFromText(nextInfo.text) !== "normal";
      const goesOn = nextIsTotal || (grand ? nextIsExtra : nextInfo?.numbering != null);
      if (grand && total === null) total = totalRow;
      if (goesOn) continue;
      if (total === null) total = totalRow;
      break;
    }

    if (info.max === null) {
      if (sheet.hasSignature(row)) break;
      continue; // a heading or a note
    }
    builder.unnumbered(info);
  }

  const kept = builder.finish();
  const keptSet = new Set(kept);
  const criteria: Criterion[] = [];
  const rows = new Map<string, number>();
  const maxCells = new Map<string, string>();
  for (const node of kept) {
    criteria.push({
      id: node.id,
      level: node.level,
      parentId: node.parent && keptSet.has(node.parent) ? node.parent.id : null,
      number: node.number,
      text: node.text,
      maxPoints: node.maxPoints,
      kind: node.kind,
      allowedValues: node.allowedValues,
      isLeaf: node.children.length === 0,
      source: { file: grid.file, sheet: grid.sheet, cell: a1(node.row, header.textColumn) },
    });
    rows.set(node.id, node.row);
    if (node.maxPoints !== null) maxCells.set(node.id, a1(node.row, header.maxColumn));
  }

  const printed = total?.printed ?? null;
  const base = printed !== null && printed > 0 ? printed : sumOfNormalTops(criteria);
  return {
    table: { criteria, base, source: { file: grid.file, sheet: grid.sheet } },
    header,
    rows,
    maxCells,
    total,
  };
}

// ───────────────────────── checks and lookups ─────────────────────────

function childrenOf(criteria: readonly Criterion[]): Map<string, Criterion[]> {
  const children = new Map<string, Criterion[]>();
  for (const c of criteria) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  return children;
}

/**
 * Each criterion's max: `printed` (its printed max), else the sum of its
 * children's (`null` when any is unknown). Bottom-up with a stack of its
 * own rather than recursion: a numbering column gone wrong (`1`, `1.1`,
 * `1.1.1`… thousands deep) must not exhaust the call stack.
 */
export function effectiveMaxima(
  criteria: readonly Criterion[],
  printed: (c: Criterion) => number | null = (c) => c.maxPoints,
): Map<string, number | null> {
  const children = childrenOf(criteria);
  const memo = new Map<string, number | null>();
  const opened = new Set<string>();
  for (const root of criteria) {
    const stack: Criterion[] = [root];
    while (stack.length > 0) {
      const c = stack[stack.length - 1]!;
      if (memo.has(c.id)) {
        stack.pop();
        continue;
      }
      const own = printed(c);
      const kids = own === null ? (children.get(c.id) ?? []) : [];
      if (!opened.has(c.id) && kids.length > 0) {
        // Children first; a child already opened (a cycle in a hand-made table) is not entered twice.
        opened.add(c.id);
        for (const kid of kids) if (!opened.has(kid.id)) stack.push(kid);
        continue;
      }
      stack.pop();
      memo.set(c.id, own ?? sumOfKnown(kids, memo));
    }
  }
  return memo;
}

/** The sum of the children's maxima; `null` without children or when one is unknown. */
function sumOfKnown(kids: readonly Criterion[], maxima: ReadonlyMap<string, number | null>): number | null {
  if (kids.length === 0) return null;
  let sum = 0;
  for (const kid of kids) {
    const v = maxima.get(kid.id);
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

/** Ids of the normal criteria with a normal leaf under them through normal criteria only (leaves included), walked up from the leaves. */
function withNormalLeaf(criteria: readonly Criterion[]): Set<string> {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const marked = new Set<string>();
  for (const leaf of criteria) {
    if (!leaf.isLeaf) continue;
    let node: Criterion | undefined = leaf;
    while (node && node.kind === "normal" && !marked.has(node.id)) {
      marked.add(node.id);
      node = node.parentId === null ? undefined : byId.get(node.parentId);
    }
  }
  return marked;
}

/**
 * The sum of the top-level normal rows' maxima. A top-level row all of whose
 * leaves are bonus or deduction (a section *Điểm thưởng, điểm trừ* holding
 * both) is no normal row.
 */
function sumOfNormalTops(criteria: readonly Criterion[]): number {
  const maxima = effectiveMaxima(criteria);
  const normal = withNormalLeaf(criteria);
  return criteria
    .filter((c) => c.parentId === null && normal.has(c.id))
    .reduce((sum, c) => sum + (maxima.get(c.id) ?? 0), 0);
}

/**
 * Parents whose printed max differs from the sum of their children's maxima
 * (SPEC `CRITERIA_MAX_MISMATCH`), where both are known. A child without a
 * printed max counts as the sum of its own children. Bonus and deduction
 * parents are left out: their max is a cap, and their children (each
 * initiative, each breach) may add up to more.
 */
export function criteriaMaxMismatches(read: Pick<CriteriaTableRead, "table" | "maxCells">): CriteriaMaxMismatch[] {
  const { criteria } = read.table;
  const children = childrenOf(criteria);
  const maxima = effectiveMaxima(criteria);
  const mismatches: CriteriaMaxMismatch[] = [];
  for (const c of criteria) {
    const kids = children.get(c.id);
    if (!kids || c.maxPoints === null || c.kind !== "normal" || kids.some((k) => k.kind !== "normal")) continue;
    const sum = sumOfKnown(kids, maxima);
    if (sum === null || !differs(sum, c.maxPoints)) continue;
    mismatches.push({
      criterionId: c.id,
      cell: read.maxCells.get(c.id) ?? c.source.cell ?? "",
      printed: c.maxPoints,
      sumOfChildren: tidy(sum),
    });
  }
  return mismatches;
}

/**
 * The printed total (*Tổng cộng*) against the sum of the normal top-level
 * rows, when it differs by more than 0.001; `null` otherwise or when no
 * total is printed. For the check module, should it want a warning there.
 */
export function criteriaTotalMismatch(
  read: Pick<CriteriaTableRead, "table" | "total">,
): { cell: string; printed: number; sumOfSections: number } | null {
  const printed = read.total?.printed ?? null;
  if (read.total === null || printed === null) return null;
  const sum = sumOfNormalTops(read.table.criteria);
  return differs(sum, printed) ? { cell: read.total.cell, printed, sumOfSections: tidy(sum) } : null;
}

/** Lookups for the scoresheet readers: by id, by normalised text, children by parent. */
export function buildCriterionIndex(table: CriteriaTable): CriterionIndex {
  const byId = new Map<string, Criterion>();
  const byText = new Map<string, Criterion[]>();
  for (const c of table.criteria) {
    byId.set(c.id, c);
    const key = normalizeText(c.text);
    if (key === "") continue;
    const list = byText.get(key) ?? [];
    list.push(c);
    byText.set(key, list);
  }
  return { byId, byText, children: childrenOf(table.criteria) };
}

/**
 * The criteria whose normalised text is `text`'s (case, diacritics, spacing
 * and punctuation aside); a numbering opening `text` (`a) Tổ chức…`) is
 * tried without it too. Several results: the caller disambiguates (by
 * parent, by order).
 */
export function findCriteriaByText(index: CriterionIndex, text: string): readonly Criterion[] {
  const found = index.byText.get(normalizeText(text));
  if (found) return found;
  const split = splitLeadingNumbering(squashSpaces(text));
  return split ? (index.byText.get(normalizeText(split.rest)) ?? []) : [];
}
