/**
 * Our sheets through the sink, for every step that writes them: in order up
 * to the step's own, with the import's sheets handed in unchanged while the
 * import and the language stay, so the Excel adapter keeps them instead of
 * writing a large block's scores again.
 */
import type { Issue } from "../../core/model/issue";
import type { ImportOutcome } from "../../core/import/import-block";
import type { Lang } from "../../core/i18n/lang";
import { importIssues } from "../../flow/import";
import { issuesSoFar } from "../../flow/issues";
import { prepareResultSheets, resultSheetsOf } from "../../flow/sheets";
import { breathe } from "../work/breathe";
import { RESULT_TABLES, type ResultTable, type SheetSpec, type TableName, type WorkbookSink } from "../../workbook/ports/sink";
import { blockSettingsOf, currentDocumentIssues, currentNominations, currentVote, type SessionStore } from "./session-state";
import { failureText } from "./failure-text";

/** The tables made from the import alone: ranking and proposing leave them as they are. */
const IMPORT_TABLES: ReadonlySet<TableName> = new Set<TableName>(["tdUnits", "tdCriteria", "tdScores"]);

export class ResultWriter {
  private imported: { readonly outcome: ImportOutcome; readonly lang: Lang; readonly specs: ReadonlyMap<TableName, SheetSpec> } | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly sink: WorkbookSink,
    /** The name the open workbook's sheets were imported under, for Kiểm tra's links to them. */
    private readonly thisWorkbook: () => string | null,
  ) {}

  /**
   * The issues of every stage so far (`issuesSoFar`): the import's, then the
   * proposals' (the vote's, once counted), then the documents' fill while
   * they hold; `documents` stands for the documents being made now.
   */
  allIssues(documents?: readonly Issue[]): Issue[] {
    const { state } = this.store;
    return issuesSoFar({ imported: importIssues(state.outcome), proposals: state.proposals, vote: currentVote(state), documents: documents ?? currentDocumentIssues(state) });
  }

  /** Writes our sheets in order up to `last`'s, which the workbook opens on; `documents`: the fill issues of the documents being made. */
  async write(last: ResultTable, documents?: readonly Issue[]): Promise<void> {
    const { outcome, settings, ranking, meeting } = this.store.state;
    if (!outcome?.ok) return;
    const thisWorkbook = this.thisWorkbook();
    const vote = currentVote(this.store.state);
    const issues = this.allIssues(documents);
    // A large block's scores table made in slices first (kept, so resultSheetsOf below finds it): the page keeps painting.
    await prepareResultSheets({ block: outcome.result, issues }, settings.lang, breathe);
    const all = resultSheetsOf(
      {
        settings: blockSettingsOf(settings),
        block: outcome.result,
        issues,
        ranking,
        nominations: currentNominations(this.store.state),
        ...(vote ? { votes: vote.votes } : {}),
        meeting,
        ...(thisWorkbook !== null ? { thisWorkbook } : {}),
      },
      settings.lang,
    );
    // resultSheets gives the sheets in RESULT_TABLES' order.
    const chosen = all.slice(0, RESULT_TABLES.indexOf(last) + 1);
    // Built from the import alone (the pane changes neither the block's name nor its year): the same as last time while the import and the language stay.
    const earlier = this.imported?.outcome === outcome && this.imported.lang === settings.lang ? this.imported.specs : null;
    const sheets = chosen.map((s, i) => (IMPORT_TABLES.has(s.table.name) ? (earlier?.get(s.table.name) ?? s) : { ...s, active: i === chosen.length - 1 }));
    try {
      await this.sink.writeSheets(sheets);
      this.imported = { outcome, lang: settings.lang, specs: new Map(sheets.filter((s) => IMPORT_TABLES.has(s.table.name)).map((s) => [s.table.name, s])) };
      this.store.set({ sheets });
    } catch (error) {
      this.store.set({ failure: failureText(error, this.store.state.settings.lang) });
    }
  }
}
