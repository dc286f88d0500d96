/**
 * Step 4's *Lập hồ sơ*: the nomination documents of SPEC §7 from the ranking,
 * the proposals and the meeting's details the officer entered, written as
 * pages into the workbook (the open one in Excel, the preview's in memory)
 * in one batch; each also made on demand as its own .xlsx or .docx file.
 */
import { WORKBOOK_FONT } from "../../workbook/documents/decree-30";
import type { MeetingDetails } from "../../core/documents/meeting";
import type { DocumentValues } from "../../core/documents/values";
import { builtIns, documentIssues, documentValuesOf, fillTemplateSheets } from "../../flow/documents";
import { checkPresent } from "../../core/documents/meeting-present";
import type { Issue } from "../../core/model/issue";
import { filledTemplatePage } from "../../workbook/documents/filled-template-page";
import type { PlainFill, TemplateFill, TemplateFillSink, TemplateOrigin } from "../../workbook/ports/template-fill";
import { builtInTemplate, type DocumentId } from "../../workbook/documents/built-in";
import type { PageSink } from "../../workbook/ports/page";
import { meetingFromSettingsRows } from "../../workbook/meeting-rows";
import { MemoryWorkbook } from "../../xlsx/memory-workbook";
import type { ResultWriter } from "./result-writer";
import { blockSettingsOf, currentNominations, currentVote, type SessionStore } from "./session-state";
import { failureText } from "./failure-text";
import { cleanedOrigin } from "../../xlsx/template-clean";

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

  /** Lập hồ sơ: the three documents, filled, written as pages; their issues kept to show, and in Kiểm tra. */
  async makeDocuments(): Promise<void> {
    const values = this.values();
    const present = this.present()?.issues ?? [];
    if (!values || this.store.state.busy) return;
    this.store.set({ busy: "documents", failure: null, printSetupFailed: [] });
    const lang = this.store.state.settings.lang;
    const from = currentNominations(this.store.state);
    const documents = builtIns(values, lang);
    // The block's own templates among the imported files, filled beside the built-ins; two fills never share a sheet name (numbered as the command line numbers them).
    const taken = new Set(documents.map((d) => d.page.name.toLowerCase()));
    const planned = (this.store.state.outcome?.ok ? this.store.state.outcome.result.templates : []).flatMap((file) =>
      fillTemplateSheets(file.grids, values, lang, taken).map((fill) => ({ ...fill, origin: this.filling.originOf(file.file) })),
    );
    try {
      // Each imported template's file read once under the read limits, what it would load from outside taken out (SPEC §7),
      // before Excel or exceljs sees it; a file refused costs its own fills only.
      const cleaned = await cleanOrigins(planned.map((t) => t.origin));
      const templates = planned.flatMap((t) => {
        const origin = t.origin && cleaned.origins.get(t.origin);
        return origin === null ? [] : [{ ...t, origin: origin ?? t.origin }];
      });
      const issues = [...present, ...documentIssues([...documents, ...templates].flatMap((d) => d.issues)), ...cleaned.issues];
      // Cài đặt keeps the meeting's details for the next time; Kiểm tra gets the fill's issues, as the command's does.
      await this.writer.write("tdNominations", issues);
      // With their formats where the sink can; the others as pages of their values, and the pane says so.
      const { sink } = this.filling;
      // A fill past Excel's last row writes nothing (its TEMPLATE_TOO_LARGE is among the issues).
      const fillable = templates.filter((t) => !t.plan.tooLarge);
      const fills = fillable.flatMap((t): TemplateFill[] => (t.origin ? [{ spec: t.spec, origin: t.origin }] : []));
      const back: readonly PlainFill[] = sink ? await sink.writeTemplateFills(fills) : fills;
      const sentBack = new Set(back.map((f) => f.spec));
      const formatted = new Set(fills.filter((f) => !sentBack.has(f.spec)).map((f) => f.spec));
      // A protected template is said by its sheet's name, not as an Excel too old.
      const locked = new Set(back.filter((f) => f.protectedTemplate === true).map((f) => f.spec));
      const plain = fillable.filter((t) => !formatted.has(t.spec));
      const pages = [...documents.map((d) => d.page), ...plain.map((t) => ({ ...filledTemplatePage(t.grid, t.plan, lang), name: t.spec.name }))];
      const written = await this.pages?.writePages(pages.map((page, i) => ({ ...page, active: i === 0 })));
      this.store.set({
        printSetupFailed: written?.printSetupFailed ?? [],
        documents: {
          ids: documents.map((d) => d.id),
          sheets: [...documents.map((d) => d.page.name), ...fillable.map((t) => t.spec.name)],
          issues,
          plainTemplates: plain.filter((t) => !locked.has(t.spec)).map((t) => t.spec.name),
          protectedTemplates: plain.filter((t) => locked.has(t.spec)).map((t) => t.spec.template),
          from,
        },
      });
    } catch (error) {
      this.store.set({ failure: failureText(error, this.store.state.settings.lang) });
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
    const document = builtIns(values, lang).find((d) => d.id === id);
    if (!document) return null;
    const file = new MemoryWorkbook({ defaultFont: WORKBOOK_FONT });
    await file.writePages([{ ...document.page, active: true }]);
    return file.toBlob();
  }

  /**
   * The units present checked against the roster (SPEC §7): a name kept in
   * Cài đặt that is no unit, or a repeat, is not counted; with none ticked
   * yet and a vote counted by units, those present are the tally's voters.
   */
  private present(): { meeting: MeetingDetails; issues: readonly Issue[] } | null {
    const { outcome, meeting } = this.store.state;
    if (!outcome?.ok) return null;
    const vote = currentVote(this.store.state);
    return checkPresent({ meeting, units: outcome.result.units, ...(vote ? { vote: { voters: vote.voters, kind: vote.voterKind } } : {}) });
  }

  private values(): DocumentValues | null {
    const { outcome, ranking, proposals, settings } = this.store.state;
    const checked = this.present();
    if (!outcome?.ok || !ranking || !proposals || !checked) return null;
    const units = outcome.result.units;
    const meeting = checked.meeting;
    // The form shows every unit ticked until the officer unticks one.
    const withPresent = meeting.present ? meeting : { ...meeting, present: units.map((u) => u.name) };
    // Once counted, the documents carry the vote: its counts, and only the proposals that passed.
    const vote = currentVote(this.store.state);
    const nominations = currentNominations(this.store.state);
    return documentValuesOf({ settings: blockSettingsOf(settings), units, ranking, nominations, meeting: withPresent, ...(vote ? { votes: vote.votes } : {}) });
  }
}

/** Each file's origin cleaned once (cleanedOrigin): by the origin it replaces, null where the package is refused; the issues of all. */
async function cleanOrigins(origins: readonly (TemplateOrigin | null)[]): Promise<{ origins: Map<TemplateOrigin, TemplateOrigin | null>; issues: Issue[] }> {
  const byFile = new Map<string, { origin: TemplateOrigin | null; issues: readonly Issue[] }>();
  const out = new Map<TemplateOrigin, TemplateOrigin | null>();
  for (const origin of origins) {
    if (!origin || origin.kind !== "file" || out.has(origin)) continue;
    let cleaned = byFile.get(origin.file);
    if (!cleaned) {
      cleaned = await cleanedOrigin(origin);
      byFile.set(origin.file, cleaned);
    }
    out.set(origin, cleaned.origin);
  }
  return { origins: out, issues: [...byFile.values()].flatMap((c) => c.issues) };
}
