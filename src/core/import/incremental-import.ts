/**
 * One import fed a workbook at a time (SPEC §3): the roles told apart by
 * content (classify.ts), each scoresheet workbook read as soon as the
 * criteria table is known and its grids let go, then the block checked.
 */
import { checkSheet, hasError } from "../check/sheet-rules";
import { criteriaMaxMismatchIssues } from "../check/criteria-max-mismatch";
import { duplicateScoresheets } from "../check/duplicate-scoresheet";
import { layoutUnrecognized } from "../check/layout-unrecognized";
import { isFormInstructions } from "../recognise/form-instructions";
import { makeIssue } from "../check/make-issue";
import type { CheckContext } from "../check/rule";
import { missingScoresheets } from "../check/scoresheet-missing";
import type { CriteriaTable } from "../model/criteria";
import type { Grid } from "../model/grid";
import type { Issue } from "../model/issue";
import { classifyLooks, isSetAside, lookAtWorkbook, type WorkbookLook } from "../recognise/classify";
import { findCriteriaHeader } from "../read/criteria/criteria-header";
import { buildCriterionIndex } from "../read/criteria/criterion-index";
import { readCriteriaTable, type CriteriaTableRead } from "../read/criteria/criteria-table";
import { LAYOUTS } from "../read/layouts/index";
import type { RawScoresheet, SheetContext } from "../read/layouts/layout";
import { hasRosterHeader, readRoster } from "../read/units/roster";
import { createUnitMatcher } from "../read/units/unit-match";
import { scorerFromFileName } from "../read/units/unit-name";
import type { OwnHeaders } from "../read/own-result";
import { looksLikeTally } from "../recognise/tally-look";
import { ReadCache } from "../read/read-cache";
import type { CheckedSheet, FileGrids, ImportedFile, ImportOptions, ImportOutcome, RoleFiles, WorkbookInput } from "./import-types";
import { inferUnits, onePerCell, resolveSheets, toScoresheet, totalOf } from "./sheets-to-model";

/** Sheets checked between two pauses of `finishInSlices`: at 64 units (4,096 sheets of 120 scores) about 40 ms each on a slow machine. */
const SHEETS_PER_SLICE = 256;

/** One workbook handed over, in its place in the import's order. */
interface Slot {
  readonly file: string;
  readonly unreadable?: Issue;
  /** A fault of ours while looking at the workbook: its FILE_UNREADABLE, reported in its place. */
  readonly failed?: Issue;
  readonly look?: WorkbookLook;
  /** Held until the workbook is read as scoresheets, and always for the criteria table, rosters and the files the user named. */
  grids?: readonly Grid[];
  /** Our own result's tally sheets (the officer filled Kết quả bỏ phiếu in the workbook we wrote): the only sheets of it kept. */
  ownTallies?: readonly Grid[];
  /** Its scoresheets and layout issues, and the criteria table (its signature) they were read against. */
  read?: { readonly sheets: readonly RawScoresheet[]; readonly issues: readonly Issue[]; readonly against: string };
}

interface Criteria {
  readonly grid: Grid;
  readonly read: CriteriaTableRead;
  readonly index: ReturnType<typeof buildCriterionIndex>;
  readonly signature: string;
}

/**
 * An import fed one workbook at a time, for a block too large to hold every
 * sheet at once (64 workbooks of 64 sheets: ~170 MB of grids). A workbook of
 * scoresheets is read into the model as soon as the criteria table is known,
 * and its grids are let go; the criteria table, the roster and files the
 * user named are kept until `finish`, which finds the roles as `importBlock`
 * does and checks the block.
 *
 * The criteria table is chosen among every file (see `classify.ts`), so a
 * later file may displace the one a workbook was read against. When the two
 * tables differ, `toReadAgain` gives the positions of the workbooks to hand
 * in again with `readAgain`.
 */
export class BlockImport {
  private readonly slots: Slot[] = [];
  private criteria: Criteria | null = null;
  /** What reading worked out once for the sheets alike; it lives as long as this import. */
  private readonly cache = new ReadCache();

  constructor(private readonly options: ImportOptions = {}) {}

  /** The next workbook, in the order its issues are to be reported. */
  add(workbook: WorkbookInput): void {
    this.place(this.slots.length, workbook);
  }

  /** Positions (in the order of `add`) of workbooks read against a criteria table no longer chosen, whose grids were let go. */
  toReadAgain(): number[] {
    return this.readAgainst(this.provisionalCriteria());
  }

  /** Files whose grids are still held: the criteria table, rosters, named files, and scoresheets waiting for the criteria table. */
  heldFiles(): string[] {
    return this.slots.filter((s) => s.grids !== undefined).map((s) => s.file);
  }

  /** The workbook at `position` once more (see `toReadAgain`). */
  readAgain(position: number, workbook: WorkbookInput): void {
    const earlier = this.slots[position];
    if (!earlier) throw new RangeError(`BlockImport: no workbook at ${position}`);
    // The same file as before: what it looked like is known, only its grids are needed again.
    if (earlier.look && "grids" in workbook) this.slots[position] = { file: earlier.file, look: earlier.look, grids: workbook.grids };
    else this.place(position, workbook);
  }

  /** A new version of the file at `position` (the officer imported it again): it keeps its place in the order of issues. */
  replace(position: number, workbook: WorkbookInput): void {
    if (!this.slots[position]) throw new RangeError(`BlockImport: no workbook at ${position}`);
    this.place(position, workbook);
  }

  /** Every file handed over, in its place, with why it could not be read when it could not. */
  files(): ImportedFile[] {
    return this.slots.map((s) => {
      if (s.unreadable) return { file: s.file, unreadable: s.unreadable };
      return s.look && isSetAside(s.look.kind) ? { file: s.file, setAside: s.look.kind.kind } : { file: s.file };
    });
  }

  /** The workbooks set aside as `kind` (tallies, templates), with their sheets, in import order. */
  setAside(kind: "tally" | "template"): FileGrids[] {
    return this.slots.flatMap((s) => {
      if (s.look?.kind.kind === kind && s.grids) return [{ file: s.file, grids: s.grids }];
      return kind === "tally" && s.ownTallies?.length ? [{ file: s.file, grids: s.ownTallies }] : [];
    });
  }

  /** The files taken as the criteria table and the roster (named by the user, or told apart by content), also when `finish` cannot check the block. */
  roleFiles(): RoleFiles {
    const roles = this.roles();
    return { criteria: roles.criteria?.file ?? null, roster: roles.roster?.file ?? null };
  }

  private place(position: number, workbook: WorkbookInput): void {
    const replaced = this.slots[position];
    const slot = slotOf(workbook, this.options.ownHeaders, this.cache);
    this.slots[position] = slot;

    const mayDecide = (s: Slot | undefined) => s?.look?.kind.kind === "criteria" || (s !== undefined && s.file === this.options.criteriaFile);
    if (mayDecide(slot) || mayDecide(replaced)) this.criteria = this.provisionalCriteria();
    if (this.criteria) {
      for (const pending of this.slots) if (this.readsEarly(pending)) this.readSlot(pending, this.criteria);
    }
  }

  finish(): ImportOutcome {
    const steps = this.finishing();
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * `finish` in slices: `breathe` is awaited between them (the pane hands a
   * macrotask, so the page paints and takes clicks while a large block is
   * checked). The same steps in the same order: the same outcome.
   */
  async finishInSlices(breathe: () => Promise<void>): Promise<ImportOutcome> {
    const steps = this.finishing();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await breathe();
    }
  }

  /** The block's check, yielding where a caller may pause it: after each slice of sheets and between the phases. */
  private *finishing(): Generator<void, ImportOutcome, void> {
    const unreadable = this.slots.flatMap((s) => (s.unreadable ? [s.unreadable] : []));
    const roles = this.roles();
    const criteria = this.criteriaAt(roles.criteria);
    if (!criteria || !roles.criteria) {
      const reason = !roles.criteria && !roles.criteriaNamed ? "no-criteria-table" : "criteria-unreadable";
      return { ok: false, reason, issues: [...unreadable, ...this.slots.flatMap((s) => (s.failed ? [s.failed] : []))] };
    }
    const stale = this.readAgainst(criteria);
    if (stale.length > 0) {
      throw new Error(`BlockImport: read again before finishing: ${stale.map((i) => this.slots[i]?.file).join(", ")}`);
    }

    const { table } = criteria.read;
    const checkContext: CheckContext = { table, criteriaById: criteria.index.byId };
    const issues: Issue[] = [...unreadable, ...criteriaMaxMismatchIssues(criteria.read)];
    const rosterUnits = this.options.rosterUnits ?? (roles.roster ? readRoster(roles.roster.grid)?.units : undefined);

    const raws: RawScoresheet[] = [];
    for (const slot of this.slots) {
      if (slot.failed) issues.push(slot.failed);
      if (!slot.look || isSetAside(slot.look.kind) || roles.notScoresheets.has(slot.file)) continue;
      if (!slot.read || slot.read.against !== criteria.signature) this.readSlot(slot, criteria);
      raws.push(...(slot.read?.sheets ?? []));
      issues.push(...(slot.read?.issues ?? []));
    }
    yield;

    const units = rosterUnits ? [...rosterUnits] : inferUnits(raws);
    const resolved = resolveSheets(raws, createUnitMatcher(units), issues);
    yield;

    const { bySheet: duplicateIssueOf } = duplicateScoresheets(resolved);
    const sheets: CheckedSheet[] = [];
    for (const sheet of resolved) {
      const duplicate = duplicateIssueOf.get(sheet);
      const own = [...checkSheet(sheet, checkContext), ...(duplicate ? [duplicate] : [])];
      issues.push(...own);
      // A duplicate's own issue is an error: it is left out like any sheet with one.
      const excluded = hasError(own);
      const scoresheet = toScoresheet(sheet, this.cache);
      sheets.push({ scoresheet, issues: own, excluded, total: excluded ? null : totalOf(scoresheet, criteria.index.byId) });
      if (sheets.length % SHEETS_PER_SLICE === 0) yield;
    }
    yield;
    issues.push(...missingScoresheets(resolved, units));

    return {
      ok: true,
      result: {
        criteria: criteria.read,
        units,
        unitsInferred: !rosterUnits,
        sheets,
        issues: onePerCell(issues),
        tallies: this.setAside("tally"),
        templates: this.setAside("template"),
        ownResults: this.slots.flatMap((s) => (s.look?.kind.kind === "own-result" ? [s.file] : [])),
      },
    };
  }

  /** A workbook of scoresheets not yet read (see `isPlainScoresheet`). */
  private readsEarly(slot: Slot): boolean {
    return !slot.read && slot.grids !== undefined && this.isPlainScoresheet(slot);
  }

  /** A workbook of scoresheets that no choice of the user's may claim as the criteria table or the roster: its grids need not be kept once read. */
  private isPlainScoresheet(slot: Slot): boolean {
    return slot.look?.kind.kind === "scoresheets" && slot.file !== this.options.criteriaFile && slot.file !== this.options.rosterFile;
  }

  /** Positions of workbooks read against another criteria table than `criteria`, whose grids were let go. */
  private readAgainst(criteria: Criteria | null): number[] {
    const positions: number[] = [];
    this.slots.forEach((s, i) => {
      if (s.read && !s.grids && s.read.against !== criteria?.signature) positions.push(i);
    });
    return positions;
  }

  /** Reads a workbook's sheets against the criteria table; a scoresheet workbook's grids are let go. */
  private readSlot(slot: Slot, criteria: Criteria): void {
    const grids = slot.grids ?? [];
    const context: SheetContext = {
      table: criteria.read.table,
      criteriaById: criteria.index.byId,
      criteriaByText: criteria.index.byText,
      scorerFromFileName: scorerFromFileName(slot.file),
      cache: this.cache,
    };
    // A fault of ours on one strange workbook must not cost the officer the others.
    try {
      const { sheets, issues } = readWorkbookSheets(grids, context);
      slot.read = { sheets, issues, against: criteria.signature };
    } catch (error) {
      slot.read = { sheets: [], issues: [readerFailed(slot.file, error)], against: criteria.signature };
    }
    if (this.isPlainScoresheet(slot)) slot.grids = undefined;
  }

  /** The criteria table as the files so far decide it. */
  private provisionalCriteria(): Criteria | null {
    return this.criteriaAt(this.roles().criteria);
  }

  /** The criteria table of the sheet chosen, read once while it stays chosen. */
  private criteriaAt(located: Located | undefined): Criteria | null {
    if (!located) return null;
    if (this.criteria?.grid === located.grid) return this.criteria;
    return criteriaOf(located.grid, this.cache);
  }

  /** The criteria table and the roster: named by the user (the first sheet with the header of one), else told apart by content. Nothing is read whole here: `criteriaAt` and `finish` do that once. */
  private roles(): Roles {
    const { criteriaFile, rosterFile, rosterUnits } = this.options;
    const held = this.slots.filter((s): s is Slot & { look: WorkbookLook } => s.look !== undefined);
    const named = (file: string | undefined, fits: (grid: Grid) => boolean): Located | undefined => {
      const slot = held.find((s) => s.file === file);
      const grid = slot?.grids?.find(fits);
      return slot && grid ? { file: slot.file, grid } : undefined;
    };
    const needsClassifying = criteriaFile === undefined || (rosterFile === undefined && !rosterUnits);
    const classified = needsClassifying ? classifyLooks(held) : null;

    const criteria = criteriaFile !== undefined ? named(criteriaFile, (g) => findCriteriaHeader(g, this.cache) !== null) : classified?.criteria ?? undefined;
    const roster =
      rosterFile !== undefined ? named(rosterFile, hasRosterHeader) : rosterUnits ? undefined : classified?.roster ?? undefined;
    const passedOverRosters = (classified?.conflicts ?? []).filter((c) => c.kind === "roster").flatMap((c) => c.candidates.map((x) => x.file));
    const notScoresheets = new Set([criteria?.file, roster?.file, rosterFile, ...passedOverRosters].filter((f) => f !== undefined));
    return { criteriaNamed: criteriaFile !== undefined, ...(criteria ? { criteria } : {}), ...(roster ? { roster } : {}), notScoresheets };
  }
}

function slotOf(workbook: WorkbookInput, ownHeaders: OwnHeaders | undefined, cache: ReadCache): Slot {
  if ("unreadable" in workbook) return { file: workbook.file, unreadable: workbook.unreadable };
  // A fault of ours on one strange workbook must not cost the officer the others.
  try {
    const look = lookAtWorkbook(workbook.grids, ownHeaders, cache);
    // Our own result is not needed again but for a tally filled in it: its other grids (a large block's scores) are let go at once.
    if (look.kind.kind !== "own-result") return { file: workbook.file, look, grids: workbook.grids };
    return { file: workbook.file, look, ownTallies: workbook.grids.filter(looksLikeTally) };
  } catch (error) {
    return { file: workbook.file, failed: readerFailed(workbook.file, error) };
  }
}

function readerFailed(file: string, error: unknown): Issue {
  return makeIssue("FILE_UNREADABLE", { file }, { reason: "reader-failed", detail: String(error).slice(0, 200) });
}

/** The criteria table read from its sheet, with its index and a signature of what reading a scoresheet depends on. */
function criteriaOf(grid: Grid, cache: ReadCache): Criteria | null {
  const read = readCriteriaTable(grid, cache);
  if (!read || read.table.criteria.length === 0) return null;
  return { read, index: buildCriterionIndex(read.table), signature: tableSignature(read.table), grid };
}

/** The criteria table's content without where it was printed: two files with the same table read scoresheets alike. */
function tableSignature(table: CriteriaTable): string {
  return JSON.stringify([table.base, table.criteria.map(({ source: _where, ...criterion }) => criterion)]);
}

interface Located {
  readonly file: string;
  readonly grid: Grid;
}

interface Roles {
  readonly criteriaNamed: boolean;
  readonly criteria?: Located;
  readonly roster?: Located;
  /** Files not to read as scoresheets: the criteria table, the roster, and rosters passed over. */
  readonly notScoresheets: ReadonlySet<string>;
}

/** Every sheet in the first layout that recognises it; sheets none recognises are reported. */
function readWorkbookSheets(grids: readonly Grid[], context: SheetContext) {
  const sheets: RawScoresheet[] = [];
  const unrecognized: Grid[] = [];
  for (const grid of grids) {
    const found = firstLayout(grid, context);
    if (found) sheets.push(...found);
    else if (!isFormInstructions(grid)) unrecognized.push(grid);
  }
  const usable = unrecognized.length < grids.length;
  return { sheets, issues: unrecognized.map((grid) => layoutUnrecognized(grid.file, grid.sheet, usable)) };
}

function firstLayout(grid: Grid, context: SheetContext): RawScoresheet[] | null {
  for (const layout of LAYOUTS) {
    const sheets = layout.read(grid, context);
    if (sheets) return sheets;
  }
  return null;
}
