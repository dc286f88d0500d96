/** What an import takes in and gives back (SPEC §3, §6): the shapes the command, the pane and the bench share. */
import type { CriteriaTableRead } from "../read/criteria/criteria-table";
import type { Grid } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Scoresheet } from "../model/scoresheet";
import type { Unit } from "../model/unit";
import type { SetAsideKind } from "../recognise/classify";
import type { OwnHeaders } from "../read/own-result";

/** A file handed to the import: its sheets, or why it could not be read. */
export type WorkbookInput =
  | { readonly file: string; readonly grids: readonly Grid[] }
  | { readonly file: string; readonly unreadable: Issue };

export interface ImportRequest {
  readonly workbooks: readonly WorkbookInput[];
  /** The files the user named as the criteria table and the roster; found by content otherwise. */
  readonly criteriaFile?: string;
  readonly rosterFile?: string;
  /** A roster given as plain text, one unit a line (already read). */
  readonly rosterUnits?: readonly Unit[];
  /** The header rows of our own tables (src/workbook/own-headers.ts), so our result workbook is left out. */
  readonly ownHeaders?: OwnHeaders;
}

/** A workbook set aside for the meeting's features (a tally, a template): its name and its sheets. */
export interface FileGrids {
  readonly file: string;
  readonly grids: readonly Grid[];
}

/** One scorer→ratee sheet after the checks, with what ranking needs. */
export interface CheckedSheet {
  readonly scoresheet: Scoresheet;
  readonly issues: readonly Issue[];
  /** Left out of the ratee's average: it has an error, or is a duplicate. */
  readonly excluded: boolean;
  /** SPEC §4's total; `null` when the sheet is excluded. */
  readonly total: number | null;
}

export interface ImportResult {
  readonly criteria: CriteriaTableRead;
  readonly units: readonly Unit[];
  /** No roster was given: the units were inferred from the scoresheets, for the user to confirm. */
  readonly unitsInferred: boolean;
  readonly sheets: readonly CheckedSheet[];
  /** Every issue, file by file in import order, then the block's (missing sheets). */
  readonly issues: readonly Issue[];
  /** Vote tallies (SPEC §5.1) among the files, for the vote to read; never read as scoresheets. */
  readonly tallies: readonly FileGrids[];
  /** Document templates (SPEC §7) among the files, for the documents to fill. */
  readonly templates: readonly FileGrids[];
  /** Our own result workbooks among the files, left out (SPEC §6; docs/DECISIONS.md, D9). */
  readonly ownResults: readonly string[];
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: false; readonly reason: "no-criteria-table" | "criteria-unreadable"; readonly issues: readonly Issue[] };

/** A file handed to an import: its name, and why it could not be read when it could not. */
export interface ImportedFile {
  readonly file: string;
  readonly unreadable?: Issue;
  /** Set aside, not read as scoresheets: a tally, a template, our own result. */
  readonly setAside?: SetAsideKind;
}

/** The files an import takes as the criteria table and the roster; null for none. */
export interface RoleFiles {
  readonly criteria: string | null;
  readonly roster: string | null;
}

/** What an import needs besides the workbooks: the user's choices, when made. */
export type ImportOptions = Omit<ImportRequest, "workbooks">;
