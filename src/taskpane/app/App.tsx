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
import { useState, type ReactElement } from "react";
import { ExcelSink } from "../../excel/excel-sink";
import { ExcelWorkbookSource } from "../../excel/excel-source";
import { openWorkbookName } from "../../excel/host";
import type { WorkbookSink } from "../../workbook/sink";
import { readWorkbook } from "../../xlsx/read-workbook";
import { CheckStep } from "../features/check/CheckStep";
import { ImportStep } from "../features/import/ImportStep";
import { NominateStep } from "../features/nominate/NominateStep";
import { RankStep } from "../features/rank/RankStep";
import { stringsFor } from "../i18n/strings";
import { LangContext } from "../i18n/useStrings";
import { BlockSession } from "../session/block-session";
import { SessionContext, useSession } from "../session/context";
import { MemoryWorkbook } from "../../xlsx/memory-workbook";
import { loadSampleFiles } from "../session/sample";
import type { Host } from "./host";
import { PreviewSheets } from "./PreviewSheets";
import { SettingsDrawer } from "./SettingsDrawer";
import { STEP_IDS, type StepId } from "./steps";

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
  /**
   * Where our sheets go and how a row of them is selected in the host. By
   * default: inside Excel, the open workbook (ExcelSink); in the preview, an
   * in-memory workbook, shown as tables and downloadable.
   */
  readonly sink?: WorkbookSink;
  readonly selectRow?: (sheet: string, row: number) => void;
}

export function App({ host, sink, selectRow }: AppProps) {
  const [workbook] = useState(() => (sink || host.kind === "excel" ? null : new MemoryWorkbook()));
  const [session] = useState(() => {
    const target = sink ?? workbook ?? new ExcelSink();
    // Inside Excel, an issue's row is selected in the open workbook.
    const select = selectRow ?? (target instanceof ExcelSink ? (sheet: string, row: number) => void target.selectRow(sheet, row) : undefined);
    // Inside Excel, the open workbook's own sheets may be the block's too.
    const thisWorkbook = host.kind === "excel" ? new ExcelWorkbookSource(openWorkbookName() ?? stringsFor(host.lang).thisWorkbook) : null;
    return new BlockSession({
      sink: target,
      readWorkbook,
      lang: host.lang,
      ...(host.kind === "preview" ? { sample: () => loadSampleFiles() } : {}),
      ...(select ? { selectRow: select } : {}),
      ...(thisWorkbook ? { thisWorkbook, selectCell: (sheet: string, cell: string) => void thisWorkbook.selectCell(sheet, cell) } : {}),
    });
  });
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
          <Panel />
          {host.kind === "preview" && workbook && <PreviewSheets workbook={workbook} />}
          <SettingsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
