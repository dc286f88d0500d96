/**
 * Step 2, Kiểm tra: the block as checked after each import, the sheets up to
 * Kiểm tra, and the way from an issue to its row there or to its source cell
 * in the open workbook.
 */
import type { ImportOutcome } from "../../core/import/import-block";
import type { Issue } from "../../core/model/issue";
import { mainTableRow } from "../../workbook/ports/sink";
import { breathe } from "../work/breathe";
import type { FileKind } from "./file-kinds";
import type { ResultWriter } from "./result-writer";
import type { SessionDeps, SessionStore } from "./session-state";

export class CheckSlice {
  constructor(
    private readonly store: SessionStore,
    private readonly deps: SessionDeps,
    private readonly writer: ResultWriter,
    private readonly thisWorkbookImported: () => string | null,
  ) {}

  /** The block's checks over every file read; the results of ranking and nominating are stale after it. */
  async imported(outcome: ImportOutcome | null, kinds: ReadonlyMap<string, FileKind>): Promise<void> {
    this.store.set({
      outcome,
      ranking: null,
      proposals: null,
      focus: null,
      files: this.store.state.files.map((f) => {
        const kind = kinds.get(f.name);
        return kind ? { ...f, kind } : f;
      }),
    });
    // The sheets up to Kiểm tra, so the check step has its sheet; ranking adds Tổng hợp, nominating Đề nghị.
    if (!outcome?.ok) return;
    // The check's summary painted first; the sheets (a large block's scores table) in a task of their own.
    await breathe();
    await this.writer.write("tdIssues");
  }

  /** An issue at a cell of the open workbook's own sheets, which the pane can go to. */
  isInThisWorkbook(issue: Issue): boolean {
    const name = this.thisWorkbookImported();
    return name !== null && issue.file === name && issue.sheet !== undefined && issue.cell !== undefined;
  }

  /** Selects the issue's source cell in the open workbook (see `isInThisWorkbook`). */
  showSource(issue: Issue): void {
    if (this.isInThisWorkbook(issue) && this.deps.selectCell) this.inHost(() => this.deps.selectCell?.(issue.sheet as string, issue.cell as string));
  }

  /** Shows the issue's row of the Kiểm tra sheet: `index` is its place in the import's issues (tdIssues keeps that order). */
  selectIssue(index: number): void {
    this.store.set({ focus: { table: "tdIssues", row: index } });
    const sheet = this.store.state.sheets.find((s) => s.table.name === "tdIssues");
    if (sheet && this.deps.selectRow) this.inHost(() => this.deps.selectRow?.(sheet.name, mainTableRow(sheet, index)));
  }

  /** A selection in Excel, which fails when the officer has deleted or renamed the sheet: said, not thrown away. */
  private inHost(select: () => Promise<void> | void): void {
    const fail = (error: unknown) => this.store.set({ failure: String(error) });
    try {
      select()?.catch(fail);
    } catch (error) {
      fail(error);
    }
  }
}
