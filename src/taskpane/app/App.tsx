import {
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
import { CheckStep } from "../features/check/CheckStep";
import { ImportStep } from "../features/import/ImportStep";
import { NominateStep } from "../features/nominate/NominateStep";
import { RankStep } from "../features/rank/RankStep";
import { stringsFor } from "../i18n/strings";
import { LangContext } from "../i18n/useStrings";
import type { Host } from "./host";
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
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

const PANELS: Record<StepId, () => ReactElement> = {
  import: ImportStep,
  check: CheckStep,
  rank: RankStep,
  nominate: NominateStep,
};

export function App({ host }: { host: Host }) {
  const styles = useStyles();
  const s = stringsFor(host.lang);
  const [step, setStep] = useState<StepId>("import");
  const titles: Record<StepId, string> = {
    import: s.importTitle,
    check: s.checkTitle,
    rank: s.rankTitle,
    nominate: s.nominateTitle,
  };
  const Panel = PANELS[step];

  return (
    <LangContext.Provider value={host.lang}>
      <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1">{s.appTitle}</Title3>
            <Caption1 className={styles.subtitle}>{s.appSubtitle}</Caption1>
          </header>
          {host.kind === "preview" && (
            <MessageBar intent="info" role="status">
              <MessageBarBody>
                <MessageBarTitle>{s.previewTitle}</MessageBarTitle>
                {s.previewBody}
              </MessageBarBody>
            </MessageBar>
          )}
          <TabList
            vertical
            aria-label={s.stepsLabel}
            selectedValue={step}
            onTabSelect={(_, data) => setStep(data.value as StepId)}
          >
            {STEP_IDS.map((id, index) => (
              <Tab key={id} value={id}>
                {`${index + 1}. ${titles[id]}`}
              </Tab>
            ))}
          </TabList>
          <Panel />
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
