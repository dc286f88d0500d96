import { Badge, Body1, Button, Caption1, makeStyles, mergeClasses, Subtitle2, ToggleButton, tokens } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import { issueMessage } from "../../../core/i18n/issues";
import type { Lang } from "../../../core/i18n/lang";
import type { Issue } from "../../../core/model/issue";
import { StepIntro } from "../../components/StepIntro";
import { fillLabel, type Strings } from "../../i18n/strings";
import { useStrings } from "../../i18n/useStrings";
import { useSession } from "../../session/context";
import { checkSummary, firstFilter, passes, type CheckSummary, type IssueFilter } from "./check-summary";

const useStyles = makeStyles({
  summary: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(5.5em, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  figureLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  figureValue: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  // A file's name wraps at its spaces; a name with none breaks only where the line ends.
  fileName: { overflowWrap: "break-word", fontSize: tokens.fontSizeBase300 },
  unit: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  open: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  issue: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: tokens.spacingHorizontalS,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    font: "inherit",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  head: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  place: { color: tokens.colorNeutralForeground3, overflowWrap: "break-word", minWidth: 0 },
  // The code is for whoever reads the specification: small, and broken only at its underscores.
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "normal", wordBreak: "keep-all" },
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  where: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "break-word", minWidth: 0 },
  go: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
});

type Styles = ReturnType<typeof useStyles>;

interface Numbered {
  readonly issue: Issue;
  /** Its place in the issues, which is its row of tdIssues. */
  readonly index: number;
}

interface FileGroup {
  readonly file: string | null;
  readonly errors: number;
  readonly units: { readonly unit: string | null; readonly issues: Numbered[] }[];
}

/** By file (files with errors first, the block's own issues last), then by unit (ratee, else scorer); errors first within each. */
function groupIssues(issues: readonly Numbered[]): FileGroup[] {
  const byFile = new Map<string | null, Map<string | null, Numbered[]>>();
  for (const numbered of issues) {
    const { issue } = numbered;
    const file = issue.file ?? null;
    const unit = issue.ratee ?? issue.scorer ?? null;
    const units = byFile.get(file) ?? new Map<string | null, Numbered[]>();
    units.set(unit, [...(units.get(unit) ?? []), numbered]);
    byFile.set(file, units);
  }
  const severity = (n: Numbered) => (n.issue.severity === "error" ? 0 : 1);
  const groups = [...byFile].map(([file, units]): FileGroup => {
    const list = [...units].map(([unit, list]) => ({ unit, issues: [...list].sort((a, b) => severity(a) - severity(b) || a.index - b.index) }));
    const errorsOf = (l: Numbered[]) => l.filter((n) => n.issue.severity === "error").length;
    list.sort((a, b) => (errorsOf(a.issues) > 0 ? 0 : 1) - (errorsOf(b.issues) > 0 ? 0 : 1));
    return { file, errors: list.reduce((sum, u) => sum + errorsOf(u.issues), 0), units: list };
  });
  return groups.sort((a, b) => (a.file === null ? 1 : 0) - (b.file === null ? 1 : 0) || (a.errors > 0 ? 0 : 1) - (b.errors > 0 ? 0 : 1));
}

/**
 * Step 2: what was read (the command line's counts), the issues filtered to
 * errors, warnings or all, each a card whose message comes first; a card
 * opens in place on what is wrong, where, and what it costs, with *Đến ô*.
 */
export function CheckStep() {
  const s = useStrings();
  const styles = useStyles();
  const { session, state } = useSession();
  const lang = state.settings.lang;
  const issues = state.outcome ? session.allIssues() : null;
  const summary = issues ? checkSummary(state.files.length, state.outcome, issues) : null;
  // The errors first, as they leave sheets out; once a new import brings none, everything.
  const [filter, setFilter] = useState<IssueFilter | null>(null);
  const shown = filter ?? (summary ? firstFilter(summary) : "all");
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setOpened((now) => {
      const next = new Set(now);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const numbered = (issues ?? []).map((issue, index) => ({ issue, index })).filter((n) => passes(shown, n.issue));

  return (
    <StepIntro title={s.checkTitle} what={s.checkWhat}>
      {issues === null && <Body1>{s.nothingYet}</Body1>}
      {summary && <SummaryFigures summary={summary} s={s} styles={styles} />}
      {summary && summary.sheets !== null && summary.usable !== null && summary.usable < summary.sheets && (
        <Body1>{fillLabel(s.checkLeftOut, { left: summary.sheets - summary.usable, sheets: summary.sheets })}</Body1>
      )}
      {issues?.length === 0 && <Body1>{s.noIssues}</Body1>}
      {summary && issues && issues.length > 0 && (
        <div className={styles.filters} role="group" aria-label={s.checkFilter}>
          {(
            [
              ["error", s.filterErrors, summary.errors],
              ["warning", s.filterWarnings, summary.warnings],
              ["all", s.filterAll, issues.length],
            ] as const
          ).map(([value, label, count]) => (
            <ToggleButton key={value} size="small" shape="circular" checked={shown === value} onClick={() => setFilter(value)}>
              {fillLabel(label, { count })}
            </ToggleButton>
          ))}
        </div>
      )}
      {issues && issues.length > 0 && numbered.length === 0 && <Body1>{s.filterNone}</Body1>}
      {groupIssues(numbered).map((group) => (
        <section key={group.file ?? ""} className={styles.file} aria-label={group.file ?? s.blockWide}>
          <Subtitle2 as="h3" className={styles.fileName}>
            {group.file ?? s.blockWide}
          </Subtitle2>
          {group.units.map((unit) => (
            <div key={unit.unit ?? ""}>
              <h4 className={styles.unit}>{unit.unit ?? s.otherUnit}</h4>
              <ul className={styles.list}>
                {unit.issues.map(({ issue, index }) => (
                  <li key={index} data-issue={index} className={mergeClasses(styles.card, opened.has(index) && styles.open)}>
                    <IssueCard issue={issue} index={index} lang={lang} s={s} open={opened.has(index)} onToggle={() => toggle(index)} styles={styles} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </StepIntro>
  );
}

function SummaryFigures({ summary, s, styles }: { summary: CheckSummary; s: Strings; styles: Styles }) {
  const figures: [string, number | null][] = [
    [s.sumFiles, summary.files],
    [s.sumSheets, summary.sheets],
    [s.sumUsable, summary.usable],
    [s.sumErrors, summary.errors],
    [s.sumWarnings, summary.warnings],
  ];
  return (
    <div role="group" aria-label={s.checkSummary}>
      <dl className={styles.summary}>
        {figures
          .filter(([, value]) => value !== null)
          .map(([label, value]) => (
            <div key={label} className={styles.figure}>
              <dt className={styles.figureLabel}>{label}</dt>
              <dd className={styles.figureValue}>{value}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

/** A code such as LAYOUT_UNRECOGNIZED, breakable after its underscores only, never inside a word. */
function Code({ code }: { code: string }) {
  const parts = code.split("_");
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              _<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}

function IssueCard(props: { issue: Issue; index: number; lang: Lang; s: Strings; open: boolean; onToggle: () => void; styles: Styles }) {
  const { issue, index, lang, s, open, onToggle, styles } = props;
  const place = [issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet, issue.criterion].filter(Boolean).join(" · ");
  const detailsId = `issue-details-${index}`;
  return (
    <>
      <button type="button" id={`issue-${index}`} className={styles.issue} aria-expanded={open} aria-controls={detailsId} onClick={onToggle}>
        <span className={styles.head}>
          <Badge appearance="filled" color={issue.severity === "error" ? "danger" : "warning"} size="small">
            {issue.severity === "error" ? s.error : s.warning}
          </Badge>
          {place && <Caption1 className={styles.place}>{place}</Caption1>}
        </span>
        <Body1>{issueMessage(issue, lang)}</Body1>
        <span className={styles.code}>
          <Code code={issue.code} />
        </span>
      </button>
      {open && <IssueDetails id={detailsId} issue={issue} index={index} s={s} styles={styles} />}
    </>
  );
}

/** What is wrong (the card's message), where, what it costs; and the way to the cell, or to the issue's row of Kiểm tra. */
function IssueDetails({ id, issue, index, s, styles }: { id: string; issue: Issue; index: number; s: Strings; styles: Styles }) {
  const { session } = useSession();
  const units = issue.scorer && issue.ratee ? `${issue.scorer} → ${issue.ratee}` : (issue.scorer ?? issue.ratee);
  const where: [string, string | undefined][] = [
    [s.whereFile, issue.file],
    [s.whereSheet, issue.sheet],
    [s.whereCell, issue.cell],
    [s.whereUnits, units],
    [s.whereCriterion, issue.criterion],
  ];
  const inThisWorkbook = session.isInThisWorkbook(issue);
  const cell = issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
  // Where the thing to fix is: a cell of the open workbook (Đến ô goes there), else a user's file on disk, named;
  // then what the button does with the issue's row of Kiểm tra.
  const place = inThisWorkbook
    ? fillLabel(s.goToCellHere, { cell: cell ?? "" })
    : issue.file
      ? fillLabel(issue.cell ? s.cellHere : s.fileHere, { file: issue.file, cell: cell ?? "" })
      : null;
  const row = inThisWorkbook ? null : session.canSelectRows ? s.goToRowExcel : s.goToRow;
  return (
    <div id={id} className={styles.details} role="region" aria-label={fillLabel(s.issueDetails, { code: issue.code })}>
      <dl className={styles.where}>
        {where
          .filter((w): w is [string, string] => Boolean(w[1]))
          .map(([term, value]) => (
            <Fragment key={term}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </Fragment>
          ))}
      </dl>
      <Caption1>{issue.severity === "error" ? s.effectError : s.effectWarning}</Caption1>
      {place && <Caption1>{place}</Caption1>}
      <div className={styles.go}>
        <Button size="small" appearance="primary" onClick={() => (inThisWorkbook ? session.showSource(issue) : session.selectIssue(index))}>
          {issue.cell ? s.goToCellButton : s.showRow}
        </Button>
        {row && issue.cell && <Caption1>{row}</Caption1>}
      </div>
    </div>
  );
}
