/**
 * Step 4's vote (SPEC §5.1): *Tạo phiếu bầu* writes the tally sheet and the
 * paper ballot, keeping the marks already typed; *Kiểm phiếu* counts the
 * marks typed in our tally sheet (Excel's, or the preview's table) or a
 * tally file the officer imported, and rewrites Đề nghị with the vote.
 * An imported tally replaces marks already typed only after the officer
 * says yes.
 */
import { blockAndYear } from "../../core/documents/meeting";
import type { FileGrids } from "../../core/import/import-types";
import type { Grid } from "../../core/model/grid";
import type { Issue } from "../../core/model/issue";
import { parseA1 } from "../../core/model/address";
import { checkPresent } from "../../core/documents/meeting-present";
import { ballot, tallySheet } from "../../flow/sheets";
import { countVote, keptMarksOf, type KeptMarks, type VoteOutcome } from "../../flow/vote";
import type { PageSink } from "../../workbook/ports/page";
import { sheetLayout, type OutputCell, type SheetSpec } from "../../workbook/ports/sink";
import { voteSettingsFromRows } from "../../workbook/vote-settings-rows";
import { stringsFor } from "../i18n/strings";
import type { ResultWriter } from "./result-writer";
import { blockSettingsOf, type SessionDeps, type SessionStore } from "./session-state";
import { failureText } from "./failure-text";

/** A mark of the tally by its data row and column (`null` clears it). */
export interface MarkChange {
  readonly row: number;
  readonly column: number;
  readonly value: string | null;
}

export class VoteSlice {
  /**
   * The imported tallies already taken in or turned down, by their sheets
   * (a file imported again is read again, so it is new): each is offered once.
   */
  private readonly handled = new WeakSet<readonly Grid[]>();

  constructor(
    private readonly store: SessionStore,
    private readonly deps: Pick<SessionDeps, "sink" | "keptTally" | "thisWorkbook" | "selectCell">,
    private readonly pages: PageSink | undefined,
    private readonly writer: ResultWriter,
  ) {}

  /** The vote's threshold and rule, who votes and how many delegates, that a reopened workbook kept in Cài đặt (its rows). */
  restoreSettings(rows: readonly (readonly unknown[])[]): void {
    const kept = voteSettingsFromRows(rows);
    if (Object.keys(kept).length > 0) this.store.set({ settings: { ...this.store.state.settings, ...kept } });
  }

  /** Tạo phiếu bầu: the tally (one row per unit present, the marks typed kept) and the paper ballot, one batch each. */
  async makeBallot(): Promise<void> {
    const { proposals, busy, settings } = this.store.state;
    if (!proposals || proposals.nominations.length === 0 || busy) return;
    this.store.set({ busy: "vote", failure: null, tallyMissing: false, printSetupFailed: [] });
    try {
      const own = await this.readOwn();
      const kept = own ? this.marksOf(this.vote([own])) : undefined;
      await this.writeTally(kept);
      const written = await this.pages?.writePages([ballot(blockAndYear(blockSettingsOf(settings), this.store.state.meeting), proposals.nominations, settings.lang)]);
      this.store.set({ printSetupFailed: written?.printSetupFailed ?? [] });
    } catch (error) {
      this.store.set({ failure: failureText(error, this.store.state.settings.lang) });
    }
    this.store.set({ busy: null });
  }

  /** Kiểm phiếu: counts the tally, asking first when an imported tally would replace marks already typed. */
  countVotes(): Promise<void> {
    return this.count(null);
  }

  /** The officer's answer to `tallyToConfirm`: the imported tally replaces the marks typed, or is left aside. */
  async confirmTally(replace: boolean): Promise<void> {
    if (!this.store.state.tallyToConfirm) return;
    this.store.set({ tallyToConfirm: null });
    await this.count(replace);
  }

  /**
   * A mark typed in the preview's tally table (`row`, `column` of tdVotes's
   * data, `null` to clear it); the workbook keeps it as Excel's sheet would.
   */
  setMark(row: number, column: number, value: string | null): Promise<void> {
    return this.setMarks([{ row, column, value }]);
  }

  /**
   * Many marks at once, written in one batch (issue 22): the whole tally
   * (*Tất cả đồng ý*), a voter's row or a proposal's column; the exceptions
   * are then single marks. Cells outside the proposals' columns are ignored.
   */
  async setMarks(marks: readonly MarkChange[]): Promise<void> {
    const tally = this.store.state.tally;
    if (!tally) return;
    const width = tally.table.columns.length;
    const wanted = new Map<string, OutputCell>();
    for (const { row, column, value } of marks) {
      if (column < 1 || column >= width || row < 0 || row >= tally.table.rows.length) continue;
      wanted.set(`${row}:${column}`, value === null || value.trim() === "" ? null : value);
    }
    if (wanted.size === 0) return;
    const rows = tally.table.rows.map((cells, r) => cells.map((cell, c) => (wanted.has(`${r}:${c}`) ? (wanted.get(`${r}:${c}`) as OutputCell) : cell)));
    const spec: SheetSpec = { ...tally, active: true, table: { ...tally.table, rows } };
    this.store.set({ tally: spec });
    try {
      await this.deps.sink.writeSheets([spec]);
    } catch (error) {
      this.store.set({ failure: failureText(error, this.store.state.settings.lang) });
    }
  }

  /** An issue of the vote at a cell of our tally sheet, which the pane can show. */
  isInTally(issue: Issue): boolean {
    return issue.file === this.tallyFile() && issue.cell !== undefined && issue.sheet !== undefined && this.store.state.vote?.files.length === 0;
  }

  /** Shows the issue's cell: selected in Excel; in the preview, its row of the tally table. */
  showInTally(issue: Issue): void {
    if (!this.isInTally(issue)) return;
    const { selectCell } = this.deps;
    if (selectCell) {
      Promise.resolve()
        .then(() => selectCell(issue.sheet as string, issue.cell as string))
        .catch((error: unknown) => this.store.set({ failure: failureText(error, this.store.state.settings.lang) }));
      return;
    }
    const tally = this.store.state.tally;
    const at = parseA1(issue.cell as string);
    const placement = tally ? sheetLayout(tally)[0] : undefined;
    if (at && placement) this.store.set({ focus: { table: "tdVotes", row: Math.max(0, at.row + 1 - placement.firstDataRow) } });
  }

  private async count(replace: boolean | null): Promise<void> {
    const { outcome, ranking, proposals, busy, settings } = this.store.state;
    if (!outcome?.ok || !ranking || !proposals || busy) return;
    this.store.set({ busy: "vote", failure: null, tallyMissing: false });
    try {
      const imported = outcome.result.tallies.filter((t) => !this.handled.has(t.grids));
      const given = imported.map((t) => t.file);
      const own = await this.readOwn();
      if (imported.length > 0 && replace === null && own && this.marksOf(this.vote([own])).size > 0) {
        this.store.set({ tallyToConfirm: { files: imported.map((t) => t.file) } });
        return;
      }
      const fromFiles = imported.length > 0 && replace !== false;
      for (const t of imported) this.handled.add(t.grids);
      const grids = fromFiles ? imported.flatMap((t: FileGrids) => t.grids) : own ? [own] : [];
      if (grids.length === 0) {
        this.store.set({ tallyMissing: true });
        return;
      }
      const voted = this.vote(grids, fromFiles ? given : []);
      // The file's marks go into our tally sheet, so the workbook holds what was counted and the officer can correct it there.
      if (fromFiles && voted.tallies.length > 0) await this.writeTally(this.marksOf(voted));
      const { votes, nominations, issues, voters, rows } = voted;
      this.store.set({
        vote: {
          votes,
          nominations,
          issues,
          voters,
          rows,
          proposals,
          threshold: settings.voteThreshold,
          rule: settings.voteRule,
          voterKind: settings.voters ?? "units",
          delegates: settings.delegates ?? null,
          files: fromFiles ? given : [],
        },
      });
      await this.writer.write("tdNominations");
    } catch (error) {
      this.store.set({ failure: failureText(error, this.store.state.settings.lang) });
    } finally {
      this.store.set({ busy: null });
    }
  }

  private vote(grids: readonly Grid[], given: readonly string[] = []): VoteOutcome {
    const { outcome, ranking, proposals, settings } = this.store.state;
    if (!outcome?.ok || !ranking || !proposals) throw new Error("the vote needs the proposals");
    // As the command does: sheets of our own result beside a tally are no tally.
    return countVote({ grids, units: outcome.result.units, settings: blockSettingsOf(settings), ranking, proposals, given });
  }

  private marksOf(voted: VoteOutcome): KeptMarks {
    const units = this.store.state.outcome?.ok ? this.store.state.outcome.result.units : [];
    return keptMarksOf(voted, units);
  }

  /** The name our tally's cells are reported under: the open workbook's, or the preview's download. */
  private tallyFile(): string {
    return this.deps.thisWorkbook?.file ?? stringsFor(this.store.state.settings.lang).resultFile;
  }

  private async readOwn(): Promise<Grid | null> {
    return (await this.deps.keptTally?.readTallyGrid(this.tallyFile())) ?? null;
  }

  /** Voters: the units ticked present in the meeting's form when it was touched, else the roster's. */
  private async writeTally(kept: KeptMarks | undefined): Promise<void> {
    const { outcome, proposals, settings, meeting, sheets } = this.store.state;
    if (!outcome?.ok || !proposals) return;
    // Only roster units, each once (a name kept in Cài đặt could be anything).
    const voters = checkPresent({ meeting, units: outcome.result.units }).meeting.present ?? outcome.result.units.map((u) => u.name);
    // The session's block name and year title the tally's print too, as they do the ballot.
    const named = { ...settings, ...blockAndYear(blockSettingsOf(settings), meeting) };
    const spec: SheetSpec = { ...tallySheet({ settings: named, nominations: proposals.nominations, voters, ...(kept ? { kept } : {}) }, settings.lang), active: true };
    await this.deps.sink.writeSheets([spec]);
    this.store.set({ tally: spec, sheets: [...sheets.filter((s) => s.table.name !== "tdVotes"), spec] });
  }
}
