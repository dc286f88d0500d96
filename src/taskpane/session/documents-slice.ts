/**
 * Step 4's *Lập hồ sơ*: the nomination documents of SPEC §7 from the ranking,
 * the proposals and the meeting's details the officer entered, written as
 * pages into the workbook (the open one in Excel, the preview's in memory)
 * in one batch; each also made on demand as its own .xlsx or .docx file.
 */
import { WORKBOOK_FONT } from "../../workbook/documents/decree-30";
import type { MeetingDetails } from "../../core/documents/meeting";
import { fillGrid } from "../../core/documents/fill-grid";
import { fillIssuesOnce } from "../../core/documents/fill-issues";
import { documentValues, type DocumentValues } from "../../core/documents/values";
import { looksLikeTemplate } from "../../core/import/template-look";
import { filledTemplatePage } from "../../workbook/documents/filled-template-page";
import { templateFillSpec, type TemplateFill, type TemplateFillSink, type TemplateOrigin } from "../../workbook/template-fill";
import { builtInDocuments, builtInTemplate, type DocumentId } from "../../workbook/documents/built-in";
import type { PageSink } from "../../workbook/page";
import { meetingFromSettingsRows } from "../../workbook/meeting-rows";
import { MemoryWorkbook } from "../../xlsx/memory-workbook";
import type { ResultWriter } from "./result-writer";
import { blockSettingsOf, currentVote, type SessionStore } from "./session-state";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Where the block's templates are filled with their formats, and where each imported file's template can be read again. */
export interface TemplateFilling {
  readonly sink?: TemplateFillSink;
  originOf(file: string): TemplateOrigin | null;
}

export class DocumentsSlice {
  constructor(
    private readonly store: SessionStore,
    private readonly pages: PageSink | undefined,
    private readonly writer: ResultWriter,
    private readonly filling: TemplateFilling,
  ) {}

  updateMeeting(patch: Partial<MeetingDetails>): void {
    this.store.set({ meeting: { ...this.store.state.meeting, ...patch } });
  }

  /**
   * The meeting's details a reopened workbook kept in Cài đặt (its rows), into
   * the form; what the officer typed meanwhile wins over what was kept.
   */
  restoreMeeting(rows: readonly (readonly unknown[])[]): void {
    this.store.set({ meeting: { ...meetingFromSettingsRows(rows), ...this.store.state.meeting } });
  }

  /** Lập hồ sơ: the three documents, filled, written as pages; their issues kept to show. */
  async makeDocuments(): Promise<void> {
    const values = this.values();
    if (!values || this.store.state.busy) return;
    this.store.set({ busy: "documents", failure: null });
    const lang = this.store.state.settings.lang;
    const documents = builtInDocuments(values, lang);
    // The block's own templates among the imported files, filled beside the built-ins.
    const templates = (this.store.state.outcome?.ok ? this.store.state.outcome.result.templates : []).flatMap((file) =>
      file.grids.filter(looksLikeTemplate).map((grid) => {
        const plan = fillGrid(grid, values);
        return { grid, plan, issues: plan.issues, spec: templateFillSpec(grid.sheet, plan, lang), origin: this.filling.originOf(file.file) };
      }),
    );
    try {
      // Cài đặt keeps the meeting's details for the next time.
      await this.writer.write("tdNominations");
      // With their formats where the sink can; the others as pages of their values, and the pane says so.
      const { sink } = this.filling;
      const fills = templates.flatMap((t): TemplateFill[] => (t.origin ? [{ spec: t.spec, origin: t.origin }] : []));
      const back = sink ? await sink.writeTemplateFills(fills) : fills;
      const formatted = new Set(fills.filter((f) => !back.includes(f)).map((f) => f.spec));
      const plain = templates.filter((t) => !formatted.has(t.spec));
      const pages = [...documents.map((d) => d.page), ...plain.map((t) => filledTemplatePage(t.grid, t.plan, lang))];
      await this.pages?.writePages(pages.map((page, i) => ({ ...page, active: i === 0 })));
      const issues = fillIssuesOnce([...documents, ...templates].flatMap((d) => d.issues));
      this.store.set({
        documents: { ids: documents.map((d) => d.id), sheets: [...documents.map((d) => d.page.name), ...templates.map((t) => t.spec.name)], issues, plainTemplates: plain.map((t) => t.spec.name) },
      });
    } catch (error) {
      this.store.set({ failure: String(error) });
    }
    this.store.set({ busy: null });
  }

  /** One document as a file of its own: `.xlsx` (its page alone) or `.docx`. */
  async documentFile(id: DocumentId, kind: "xlsx" | "docx"): Promise<Blob | null> {
    const values = this.values();
    if (!values) return null;
    const lang = this.store.state.settings.lang;
    if (kind === "docx") {
      // Word's libraries load only when a .docx is asked for, in a chunk of their own.
      const [{ fillDocx }, { pageToDocx }] = await Promise.all([import("../../docx/fill-docx"), import("../../docx/page-to-docx")]);
      const filled = fillDocx(pageToDocx(builtInTemplate(id, lang)), `${id}.docx`, values);
      return new Blob([filled.bytes as BlobPart], { type: DOCX_TYPE });
    }
    const document = builtInDocuments(values, lang).find((d) => d.id === id);
    if (!document) return null;
    const file = new MemoryWorkbook({ defaultFont: WORKBOOK_FONT });
    await file.writePages([{ ...document.page, active: true }]);
    return file.toBlob();
  }

  private values(): DocumentValues | null {
    const { outcome, ranking, proposals, settings, meeting } = this.store.state;
    if (!outcome?.ok || !ranking || !proposals) return null;
    const units = outcome.result.units;
    // The form shows every unit ticked until the officer unticks one.
    const withPresent = meeting.present ? meeting : { ...meeting, present: units.map((u) => u.name) };
    // Once counted, the documents carry the vote: its counts, and only the proposals that passed.
    const vote = currentVote(this.store.state);
    const nominations = vote?.nominations ?? proposals.nominations;
    return documentValues({ settings: blockSettingsOf(settings), units, ranking, nominations, meeting: withPresent, ...(vote ? { votes: vote.votes } : {}) });
  }
}
