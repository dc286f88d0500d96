import { Badge, Body1, Caption1, Link, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { issueMessage } from "../../../core/i18n/issues";
import type { Lang } from "../../../core/i18n/lang";
import type { Issue } from "../../../core/model/issue";
import { StepIntro } from "../../components/StepIntro";
import { fillLabel, type Strings } from "../../i18n/strings";
import { useStrings } from "../../i18n/useStrings";
import { useSession } from "../../session/context";

const useStyles = makeStyles({
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  fileName: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase300 },
  unit: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  issue: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    font: "inherit",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  place: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  head: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  source: { marginInlineStart: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
});

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
function groupIssues(issues: readonly Issue[]): FileGroup[] {
  const byFile = new Map<string | null, Map<string | null, Numbered[]>>();
  issues.forEach((issue, index) => {
    const file = issue.file ?? null;
    const unit = issue.ratee ?? issue.scorer ?? null;
    const units = byFile.get(file) ?? new Map<string | null, Numbered[]>();
    units.set(unit, [...(units.get(unit) ?? []), { issue, index }]);
    byFile.set(file, units);
  });
  const severity = (n: Numbered) => (n.issue.severity === "error" ? 0 : 1);
  const groups = [...byFile].map(([file, units]): FileGroup => {
    const list = [...units].map(([unit, list]) => ({ unit, issues: [...list].sort((a, b) => severity(a) - severity(b) || a.index - b.index) }));
    const errorsOf = (l: Numbered[]) => l.filter((n) => n.issue.severity === "error").length;
    list.sort((a, b) => (errorsOf(a.issues) > 0 ? 0 : 1) - (errorsOf(b.issues) > 0 ? 0 : 1));
    return { file, errors: list.reduce((sum, u) => sum + errorsOf(u.issues), 0), units: list };
  });
  return groups.sort((a, b) => (a.file === null ? 1 : 0) - (b.file === null ? 1 : 0) || (a.errors > 0 ? 0 : 1) - (b.errors > 0 ? 0 : 1));
}

export function CheckStep() {
  const s = useStrings();
  const styles = useStyles();
  const { session, state } = useSession();
  const lang = state.settings.lang;
  const issues = state.outcome ? session.allIssues() : null;

  return (
    <StepIntro title={s.checkTitle} what={s.checkWhat}>
      {issues === null && <Body1>{s.nothingYet}</Body1>}
      {issues?.length === 0 && <Body1>{s.noIssues}</Body1>}
      {issues &&
        groupIssues(issues).map((group) => (
          <section key={group.file ?? ""} className={styles.file} aria-label={group.file ?? s.blockWide}>
            <Subtitle2 as="h3" className={styles.fileName}>
              {group.file ?? s.blockWide}
            </Subtitle2>
            {group.units.map((unit) => (
              <div key={unit.unit ?? ""}>
                <h4 className={styles.unit}>{unit.unit ?? s.otherUnit}</h4>
                <ul className={styles.list}>
                  {unit.issues.map(({ issue, index }) => (
                    <li key={index}>
                      <IssueButton
                        issue={issue}
                        lang={lang}
                        s={s}
                        selected={state.focus?.table === "tdIssues" && state.focus.row === index}
                        onSelect={() => session.selectIssue(index)}
                        styles={styles}
                      />
                      {session.isInThisWorkbook(issue) && (
                        <Link as="button" className={styles.source} onClick={() => session.showSource(issue)}>
                          {fillLabel(s.goToSource, { cell: `${issue.sheet}!${issue.cell}` })}
                        </Link>
                      )}
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

function IssueButton(props: { issue: Issue; lang: Lang; s: Strings; selected: boolean; onSelect: () => void; styles: ReturnType<typeof useStyles> }) {
  const { issue, lang, s, selected, onSelect, styles } = props;
  const place = [issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet, issue.criterion].filter(Boolean).join(" · ");
  return (
    <button
      type="button"
      className={mergeClasses(styles.issue, selected && styles.selected)}
      aria-pressed={selected}
      title={s.showInSheet}
      onClick={onSelect}
    >
      <span className={styles.head}>
        <Badge appearance="filled" color={issue.severity === "error" ? "danger" : "warning"} size="small">
          {issue.severity === "error" ? s.error : s.warning}
        </Badge>
        <Caption1 className={styles.place}>{place || issue.code}</Caption1>
      </span>
      <Body1>{issueMessage(issue, lang)}</Body1>
    </button>
  );
}
