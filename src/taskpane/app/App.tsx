import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState, type ReactElement } from "react";
import { ExcelKeptSettings } from "../../excel/excel-kept-settings";
import { ExcelKeptTally } from "../../excel/excel-kept-tally";
import { ExcelSink } from "../../excel/excel-sink";
import { ExcelWorkbookSource } from "../../excel/excel-source";
import { openWorkbookName } from "../../excel/host";
import { CheckStep } from "../features/check/CheckStep";
import { ImportStep } from "../features/import/ImportStep";
import { NominateStep } from "../features/nominate/NominateStep";
import { RankStep } from "../features/rank/RankStep";
import { fillLabel, stringsFor } from "../i18n/strings";
import { LangContext } from "../i18n/useStrings";
import { BlockSession } from "../session/block-session";
import { SessionContext, useSession } from "../session/context";
import { MemoryWorkbook } from "../../xlsx/memory-workbook";
import { PaneWork } from "../work/pane-work";
import type { FileSource } from "../session/block-session";
import { WorkKeeper, type WorkStore } from "../session/kept-work";
import { loadSampleFiles } from "../session/sample";
import type { Host } from "./host";
import { HelpLink } from "./HelpLink";
import { KeptWorkContext } from "./KeptWorkSettings";
import { NEEDED } from "./requirements";
import { PreviewSheets } from "./PreviewSheets";
import { SettingsDrawer } from "./SettingsDrawer";
import { STEP_IDS, type StepId } from "./steps";
import { NextStep, StepNavContext } from "../components/step-nav";
import { UndoNote } from "./UndoNote";
import { ExcelNotes } from "./ExcelNotes";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  tools: { display: "flex", flexDirection: "column", alignItems: "stretch", rowGap: tokens.spacingVerticalXXS },
});

const PANELS: Record<StepId, () => ReactElement> = {
  import: ImportStep,
  check: CheckStep,
  rank: RankStep,
  nominate: NominateStep,
};

export interface AppProps {
  readonly host: Host;
  /** The sample block of *Dùng bộ mẫu* (the browser only): fetched beside the page unless given. */
  readonly sample?: () => Promise<FileSource[]>;
  /** Where the browser app keeps the work on this computer (IndexedDB); none: nothing kept. */
  readonly store?: WorkStore;
}

/** An Excel whose API cannot write our sheets (requirements.ts): the pane then works as the browser app does, with downloads. */
function writesWorkbook(host: Host): boolean {
  return host.kind === "excel" && host.support?.writeSheets !== false;
}

/** `?worker=off` in the page's address: the pane's heavy work on the main thread, in slices (to compare, or should a worker misbehave). */
function mainThreadOnly(): boolean {
  try {
    return new URLSearchParams(globalThis.location?.search ?? "").get("worker") === "off";
  } catch {
    return false;
  }
}

/**
 * Inside Excel, our sheets go into the open workbook, an issue's row or
 * source cell is selected there, and the workbook's own sheets may be the
 * block's too; in the browser app (and in an Excel too old to write them),
 * they go into an in-memory workbook, shown as tables and downloadable, with
 * the sample block to try and, where a store is given, kept on this computer.
 */
export function App({ host, sample = loadSampleFiles, store }: AppProps) {
  const [saveFailed, setSaveFailed] = useState(false);
  const [keeper] = useState(() => (store ? new WorkKeeper(store, () => setSaveFailed(true)) : null));
  const [restoredAt, setRestoredAt] = useState<Date | null>(null);
  // The files' reading and the download's writing, in a Web Worker where the browser allows one (work/pane-work.ts).
  const [work] = useState(() => new PaneWork(undefined, mainThreadOnly()));
  const [workbook] = useState(() => (writesWorkbook(host) ? null : new MemoryWorkbook({ write: work.writeXlsx, prepare: (sheet) => void work.prepareSheet(sheet) })));
  const [session] = useState(() => {
    if (!workbook) {
      const excel = new ExcelSink();
      const thisWorkbook = new ExcelWorkbookSource(openWorkbookName() ?? stringsFor(host.lang).thisWorkbook);
      return new BlockSession({
        sink: excel,
        pageSink: excel,
        templateSink: excel,
        readWorkbook: work.readWorkbook,
        stopReading: () => work.stop(),
        lang: host.lang,
        selectRow: (sheet, row) => excel.selectRow(sheet, row),
        thisWorkbook,
        selectCell: (sheet, cell) => thisWorkbook.selectCell(sheet, cell),
        keptSettings: new ExcelKeptSettings(),
        keptTally: new ExcelKeptTally(),
      });
    }
    // An old Excel still reads its open workbook where its API allows (requirements.ts).
    const thisWorkbook =
      host.kind === "excel" && host.support?.readThisWorkbook ? new ExcelWorkbookSource(openWorkbookName() ?? stringsFor(host.lang).thisWorkbook) : undefined;
    return new BlockSession({
      sink: workbook,
      pageSink: workbook,
      templateSink: workbook,
      readWorkbook: keeper ? keeper.reader(work.readWorkbook) : work.readWorkbook,
      stopReading: () => work.stop(),
      lang: host.lang,
      ...(host.kind === "preview" ? { sample } : {}),
      ...(thisWorkbook ? { thisWorkbook, selectCell: (sheet: string, cell: string) => thisWorkbook.selectCell(sheet, cell) } : {}),
      keptSettings: workbook,
      keptTally: workbook,
      tallyInPane: true,
    });
  });
  // A reopened workbook's Cài đặt gives back the meeting's details and the vote's threshold, once;
  // in the browser app, the work kept on this computer, then kept from now on.
  useEffect(() => {
    let live = true;
    void (async () => {
      await session.restoreKept();
      if (!keeper || !workbook) return;
      const at = await keeper.restore(session, workbook).catch((error: unknown) => {
        session.reportFailure(String(error));
        return null;
      });
      if (live && at) setRestoredAt(at);
      keeper.watch(session);
    })();
    const leaving = () => void keeper?.flush();
    window.addEventListener("pagehide", leaving);
    return () => {
      live = false;
      window.removeEventListener("pagehide", leaving);
    };
  }, [session, keeper, workbook]);
  return (
    <SessionContext.Provider value={session}>
      <KeptWorkContext.Provider value={keeper}>
        <Shell host={host} workbook={workbook} restoredAt={restoredAt} saveFailed={saveFailed} />
      </KeptWorkContext.Provider>
    </SessionContext.Provider>
  );
}

function Shell({ host, workbook, restoredAt, saveFailed }: { host: Host; workbook: MemoryWorkbook | null; restoredAt: Date | null; saveFailed: boolean }) {
  const styles = useStyles();
  const { state } = useSession();
  const lang = state.settings.lang;
  const s = stringsFor(lang);
  const [step, setStep] = useState<StepId>("import");
  const [settingsOpen, setSettingsOpen] = useState(false);
  const titles: Record<StepId, string> = {
    import: s.importTitle,
    check: s.checkTitle,
    rank: s.rankTitle,
    nominate: s.nominateTitle,
  };
  const Panel = PANELS[step];
  // A step's own way on (Tiếp theo, Xem lỗi) brings the new step's heading into view: the button was at the old step's end.
  const go = (next: StepId) => {
    setStep(next);
    document.getElementById("step-title")?.scrollIntoView?.({ block: "start" });
  };

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
        <main className={styles.root}>
          <header className={styles.header}>
            <div className={styles.titles}>
              <Title3 as="h1">{s.appTitle}</Title3>
              <Caption1 className={styles.subtitle}>{s.appSubtitle}</Caption1>
            </div>
            <div className={styles.tools}>
              <HelpLink host={host} />
              <Button appearance="subtle" onClick={() => setSettingsOpen(true)}>
                {s.settings}
              </Button>
            </div>
          </header>
          {host.kind === "preview" && (
            <MessageBar intent="info" role="status">
              <MessageBarBody>
                <MessageBarTitle>{s.previewTitle}</MessageBarTitle>
                {s.previewBody}
              </MessageBarBody>
            </MessageBar>
          )}
          {host.kind === "excel" && workbook && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <MessageBarTitle>{s.oldExcelTitle}</MessageBarTitle>
                {fillLabel(s.oldExcelBody, { needed: NEEDED.writeSheets, have: host.support?.excelApi ? `ExcelApi ${host.support.excelApi}` : s.oldExcelNone })}
              </MessageBarBody>
            </MessageBar>
          )}
          {restoredAt && (
            <MessageBar intent="success">
              <MessageBarBody>{fillLabel(s.keptRestored, { time: new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "short" }).format(restoredAt) })}</MessageBarBody>
            </MessageBar>
          )}
          {saveFailed && (
            <MessageBar intent="warning">
              <MessageBarBody>{s.keptSaveFailed}</MessageBarBody>
            </MessageBar>
          )}
          <TabList vertical aria-label={s.stepsLabel} selectedValue={step} onTabSelect={(_, data) => setStep(data.value as StepId)}>
            {STEP_IDS.map((id, index) => (
              <Tab key={id} value={id}>
                {`${index + 1}. ${titles[id]}`}
              </Tab>
            ))}
          </TabList>
          {/* A failure of ours (writing the sheets, selecting a row in Excel), whichever step it came from. */}
          {state.failure && (
            <MessageBar intent="error">
              <MessageBarBody>{fillLabel(s.failed, { detail: state.failure })}</MessageBarBody>
            </MessageBar>
          )}
          <UndoNote inExcel={host.kind === "excel"} />
          <ExcelNotes />
          <StepNavContext.Provider value={go}>
            <Panel />
            {/* Kiểm tra ends with its list of issues; its way on is given here (the other steps end with their own). */}
            {step === "check" && state.outcome?.ok && <NextStep step="rank" label={fillLabel(s.next, { step: titles.rank })} />}
          </StepNavContext.Provider>
          {workbook && <PreviewSheets workbook={workbook} />}
          <SettingsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
