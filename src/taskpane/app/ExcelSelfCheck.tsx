import { Body1, Button, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { base64Of } from "../../excel/excel-template-fill";
import { officeDiagnostics, officeHost, type ExcelHost } from "../../excel/host";
import { runSelfCheck } from "../../excel/self-check";
import { MemoryWorkbook } from "../../xlsx/memory-workbook";
import { excelStringsFor } from "../i18n/excel-strings";
import { fillLabel } from "../i18n/strings";
import { useSession } from "../session/context";
import { selfCheckText } from "./self-check-text";

/** The small file `insertWorksheetsFromBase64` is tried with: one sheet, one cell, named so it cannot meet an officer's sheet. */
async function smallFile(): Promise<string> {
  const book = new MemoryWorkbook();
  await book.writePages([{ name: "~td-check file", role: "form", cells: [{ row: 1, column: 1, value: "Thi đua" }] }]);
  return base64Of(await (await book.toBlob()).arrayBuffer());
}

/**
 * *Kiểm tra Excel này* under Cài đặt: runs the self-check (src/excel/
 * self-check.ts) and shows its report as a text to copy. Outside Excel (the
 * preview) it says Excel is absent and runs nothing. Self-contained, so
 * that the drawer only places it.
 */
export function ExcelSelfCheck({ host = officeHost }: { host?: ExcelHost }) {
  const { state } = useSession();
  const s = excelStringsFor(state.settings.lang);
  const [running, setRunning] = useState(false);
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const inExcel = host.isSupported("ExcelApi", "1.1");

  const run = async () => {
    setRunning(true);
    setCopied(false);
    try {
      // Without the small file (it could not be made here) that one check says so; the others still run.
      const file = await smallFile().catch(() => undefined);
      const report = await runSelfCheck(host, { diagnostics: officeDiagnostics(), ...(file !== undefined ? { smallFileBase64: file } : {}) });
      setText(selfCheckText(report, state.settings.lang, new Date()));
    } catch (error) {
      setText(fillLabel(s.selfCheckFailed, { detail: String(error) }));
    }
    setRunning(false);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text ?? "");
      setCopied(true);
    } catch {
      // No clipboard here: the text stays selectable in the box.
    }
  };

  return (
    <section aria-label={s.selfCheckTitle} style={{ display: "flex", flexDirection: "column", rowGap: 8, marginTop: 16 }}>
      <Subtitle2 as="h3">{s.selfCheckTitle}</Subtitle2>
      <Body1>{inExcel ? s.selfCheckWhat : s.selfCheckAbsent}</Body1>
      {inExcel && (
        <Button disabled={running} onClick={() => void run()}>
          {running ? s.selfCheckRunning : s.selfCheckRun}
        </Button>
      )}
      {text !== null && (
        <>
          <Field label={s.selfCheckTitle}>
            <Textarea readOnly value={text} rows={Math.min(16, text.split("\n").length + 1)} resize="vertical" />
          </Field>
          <Button appearance="secondary" onClick={() => void copy()}>
            {copied ? s.selfCheckCopied : s.selfCheckCopy}
          </Button>
        </>
      )}
    </section>
  );
}
