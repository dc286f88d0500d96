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
import { readWorkbook } from "../../xlsx/read-workbook";
import { CheckStep } from "../features/check/CheckStep";
import { ImportStep } from "../features/import/ImportStep";
import { NominateStep } from "../features/nominate/NominateStep";
import { RankStep } from "../features/rank/RankStep";
import { fillLabel, stringsFor } from "../i18n/strings";
import { LangContext } from "../i18n/useStrings";
import { BlockSession } from "../session/block-session";
import { SessionContext, useSession } from "../session/context";
import { MemoryWorkbook } from "../../xlsx/memory-workbook";
import { loadSampleFiles } from "../session/sample";
import type { Host } from "./host";
import { PreviewSheets } from "./PreviewSheets";
import { SettingsDrawer } from "./SettingsDrawer";
import { STEP_IDS, type StepId } from "./steps";
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
});

const PANELS: Record<StepId, () => ReactElement> = {
  import: ImportStep,
  check: CheckStep,
  rank: RankStep,
  nominate: NominateStep,
};

export interface AppProps {
  readonly host: Host;
}

/**
 * Inside Excel, our sheets go into the open workbook, an issue's row or
 * source cell is selected there, and the workbook's own sheets may be the
 * block's too; in the preview, they go into an in-memory workbook, shown as
 * tables and downloadable, with the sample block to try.
 */
export function App({ host }: AppProps) {
  const [workbook] = useState(() => (host.kind === "excel" ? null : new MemoryWorkbook()));
  const [session] = useState(() => {
    if (!workbook) {
      const excel = new ExcelSink();
      const thisWorkbook = new ExcelWorkbookSource(openWorkbookName() ?? stringsFor(host.lang).thisWorkbook);
      return new BlockSession({
        sink: excel,
        pageSink: excel,
        templateSink: excel,
        readWorkbook,
        lang: host.lang,
        selectRow: (sheet, row) => excel.selectRow(sheet, row),
        thisWorkbook,
        selectCell: (sheet, cell) => thisWorkbook.selectCell(sheet, cell),
        keptSettings: new ExcelKeptSettings(),
        keptTally: new ExcelKeptTally(),
      });
    }
    return new BlockSession({ sink: workbook, pageSink: workbook, templateSink: workbook, readWorkbook, lang: host.lang, sample: () => loadSampleFiles(), keptSettings: workbook, keptTally: workbook });
  });
  // A reopened workbook's Cài đặt gives back the meeting's details and the vote's threshold, once.
  useEffect(() => void session.restoreKept(), [session]);
  return (
    <SessionContext.Provider value={session}>
      <Shell host={host} workbook={workbook} />
    </SessionContext.Provider>
  );
}

function Shell({ host, workbook }: { host: Host; workbook: MemoryWorkbook | null }) {
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

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
        <main className={styles.root}>
          <header className={styles.header}>
            <div className={styles.titles}>
              <Title3 as="h1">{s.appTitle}</Title3>
              <Caption1 className={styles.subtitle}>{s.appSubtitle}</Caption1>
            </div>
            <Button appearance="subtle" onClick={() => setSettingsOpen(true)}>
              {s.settings}
            </Button>
          </header>
          {host.kind === "preview" && (
            <MessageBar intent="info" role="status">
              <MessageBarBody>
                <MessageBarTitle>{s.previewTitle}</MessageBarTitle>
                {s.previewBody}
              </MessageBarBody>
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
          <Panel />
          {host.kind === "preview" && workbook && <PreviewSheets workbook={workbook} />}
          <SettingsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
