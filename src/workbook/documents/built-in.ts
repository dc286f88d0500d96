import type { DocumentValues } from "../../core/documents/values";
import type { Lang } from "../../core/i18n/lang";
import type { Issue } from "../../core/model/issue";
import type { PageSheetSpec } from "../ports/page";
import { coverLetterTemplate } from "./cover-letter";
import { fillPage } from "./fill-page";
import { fitRowHeights } from "./fit-rows";
import { minutesTemplate } from "./minutes";
import { keepHeadersWithRows } from "./page-breaks";
import { proposalsListTemplate } from "./proposals-list";

/**
 * The three documents of SPEC §7 the block sends upward, built in. Their
 * text is Vietnamese whatever Office's language (they are signed and filed
 * in Vietnamese); their sheet names follow the language as our other sheets do.
 */
export type DocumentId = "danh-sach-de-nghi" | "bien-ban-hop-binh-xet" | "to-trinh";

export const DOCUMENT_IDS: readonly DocumentId[] = ["danh-sach-de-nghi", "bien-ban-hop-binh-xet", "to-trinh"];

const SHEET_NAMES: Record<Lang, Record<DocumentId, string>> = {
  vi: { "danh-sach-de-nghi": "Danh sách đề nghị", "bien-ban-hop-binh-xet": "Biên bản", "to-trinh": "Tờ trình" },
  en: { "danh-sach-de-nghi": "List", "bien-ban-hop-binh-xet": "Minutes", "to-trinh": "Cover letter" },
};

const TEMPLATES: Record<DocumentId, (name: string) => PageSheetSpec> = {
  "danh-sach-de-nghi": proposalsListTemplate,
  "bien-ban-hop-binh-xet": minutesTemplate,
  "to-trinh": coverLetterTemplate,
};

export function documentSheetName(id: DocumentId, lang: Lang): string {
  return SHEET_NAMES[lang][id];
}

/** The built-in template of one document, placeholders unfilled (what the .docx and a block's own template start from). */
export function builtInTemplate(id: DocumentId, lang: Lang): PageSheetSpec {
  return TEMPLATES[id](documentSheetName(id, lang));
}

export interface FilledDocument {
  readonly id: DocumentId;
  readonly page: PageSheetSpec;
  readonly issues: readonly Issue[];
}

export function builtInDocuments(values: DocumentValues, lang: Lang): FilledDocument[] {
  return DOCUMENT_IDS.map((id) => {
    const { page, issues } = fillPage(builtInTemplate(id, lang), values);
    return { id, page: keepHeadersWithRows(fitRowHeights(page)), issues };
  });
}
