/** What an import takes in and gives back (SPEC §3, §6): the shapes the command, the pane and the bench share. */
import type { CriteriaTableRead } from "../read/criteria/criteria-table";
import type { Grid } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Scoresheet } from "../model/scoresheet";
import type { Unit } from "../model/unit";

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
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: false; readonly reason: "no-criteria-table" | "criteria-unreadable"; readonly issues: readonly Issue[] };

/** A file handed to an import: its name, and why it could not be read when it could not. */
export interface ImportedFile {
  readonly file: string;
  readonly unreadable?: Issue;
}

/** The files an import takes as the criteria table and the roster; null for none. */
export interface RoleFiles {
  readonly criteria: string | null;
  readonly roster: string | null;
}

/** What an import needs besides the workbooks: the user's choices, when made. */
export type ImportOptions = Omit<ImportRequest, "workbooks">;
