/**
 * The self-check's report as a text an officer can copy and send back:
 * one line per check, Excel's own words for a failure.
 */
import type { Lang } from "../../core/i18n/lang";
import type { SelfCheckReport } from "../../excel/self-check";
import { excelStringsFor } from "../i18n/excel-strings";
import { fillLabel } from "../i18n/strings";

export function selfCheckText(report: SelfCheckReport, lang: Lang, when: Date): string {
  const s = excelStringsFor(lang);
  const sets = report.apiSets.length === 0 ? s.selfCheckUnknown : report.apiSets.length > 1 ? `${report.apiSets[0]}–${report.apiSets[report.apiSets.length - 1]}` : report.apiSets[0];
  const lines = [
    fillLabel(s.selfCheckHeader, { when: when.toISOString().slice(0, 16).replace("T", " ") }),
    fillLabel(s.selfCheckExcel, { version: report.version ?? s.selfCheckUnknown, platform: report.platform ?? s.selfCheckUnknown }),
    fillLabel(s.selfCheckSets, { sets: sets ?? s.selfCheckUnknown }),
    fillLabel(s.selfCheckCellEdit, { answer: report.delayForCellEdit ? s.selfCheckYes : s.selfCheckNo }),
    "",
  ];
  for (const r of report.results) {
    const outcome = r.outcome === "ok" ? s.selfCheckOk : fillLabel(r.outcome === "failed" ? s.selfCheckFailedLine : s.selfCheckSkipped, { detail: r.detail ?? "" });
    lines.push(`${s.checkNames[r.id]}: ${outcome}`);
  }
  return lines.join("\n");
}
