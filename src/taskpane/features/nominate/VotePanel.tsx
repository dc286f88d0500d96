import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { issueMessage } from "../../../core/i18n/issues";
import type { Lang } from "../../../core/i18n/lang";
import type { Nomination } from "../../../core/model/result";
import type { CountedVote } from "../../../core/vote/count-votes";
import { ResultTable, type Column } from "../../components/ResultTable";
import { numberFormat } from "../../i18n/format";
import { fillLabel, type Strings } from "../../i18n/strings";
import { useStrings } from "../../i18n/useStrings";
import { useSession } from "../../session/context";
import { currentVote, type CountedVotes } from "../../session/session-state";
import { TallyEditor } from "./TallyEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  issues: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  issue: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  place: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  // A verdict on two lines would overflow its badge in a narrow pane.
  verdict: { whiteSpace: "nowrap" },
});

/** 0.667 → `66,7%` (vi), `66.7%` (en). */
export function shareText(share: number, lang: Lang): string {
  return `${numberFormat(lang, 0, 1).format(Math.round(share * 1000) / 10)}%`;
}

interface Row {
  readonly nomination: Nomination;
  readonly vote: CountedVote | undefined;
}

/** Step 4's vote (SPEC §5.1): Tạo phiếu bầu, Kiểm phiếu, and what the count found. */
export function VotePanel() {
  const s = useStrings();
  const styles = useStyles();
  const { session, state } = useSession();
  const { settings, proposals, tallyToConfirm } = state;
  const lang = settings.lang;
  const busy = state.busy === "vote";
  const vote = currentVote(state);
  const canVote = proposals !== null && proposals.nominations.length > 0 && state.busy === null;
  const tallyFileGiven = state.outcome?.ok === true && state.outcome.result.tallies.length > 0;
  const ballotFirst = state.tally === null && !tallyFileGiven && !vote;
  const percent = shareText(settings.voteThreshold, lang);
  const rule = fillLabel(settings.voteRule === "at-least" ? s.ruleAtLeast : s.ruleAbove, { percent });
  return (
    <section className={styles.root} aria-label={s.voteTitle}>
      <Subtitle2 as="h3">{s.voteTitle}</Subtitle2>
      <Body1>{session.tallyInPane ? s.voteWhatPreview : s.voteWhatExcel}</Body1>
      <Caption1>
        {settings.voters === "delegates"
          ? fillLabel(s.voteVotersDelegates, { cap: settings.delegates != null ? fillLabel(s.voteVotersCap, { delegates: String(settings.delegates) }) : "" })
          : s.voteVoters}
      </Caption1>
      {!proposals && <Body1>{s.needProposalsToVote}</Body1>}
      {/* The primary button follows the order: the ballot first, then, once it is there (or a tally file was imported), the count. */}
      <div className={styles.buttons}>
        <Button appearance={ballotFirst ? "primary" : "secondary"} data-appearance={ballotFirst ? "primary" : "secondary"} disabled={!canVote} onClick={() => void session.makeBallot()} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {s.makeBallot}
        </Button>
        <Button appearance={ballotFirst ? "secondary" : "primary"} data-appearance={ballotFirst ? "secondary" : "primary"} disabled={!canVote} onClick={() => void session.countVotes()}>
          {s.countVotes}
        </Button>
      </div>
      {state.tally && !vote && (
        <MessageBar intent="success">
          <MessageBarBody>{fillLabel(s.tallyWritten, { sheet: state.tally.name })}</MessageBarBody>
        </MessageBar>
      )}
      {state.tally && session.tallyInPane && <TallyEditor tally={state.tally} />}
      {state.tallyMissing && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.tallyMissing}</MessageBarBody>
        </MessageBar>
      )}
      {vote && proposals && <VoteResults vote={vote} proposed={proposals.nominations} caption={fillLabel(s.voteCaption, { rule })} s={s} lang={lang} />}
      <Dialog open={tallyToConfirm !== null} onOpenChange={(_, data) => !data.open && void session.confirmTally(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.tallyConfirmTitle}</DialogTitle>
            <DialogContent>{fillLabel(s.tallyConfirmBody, { files: (tallyToConfirm?.files ?? []).join(", ") })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void session.confirmTally(true)}>
                {s.tallyReplace}
              </Button>
              <Button onClick={() => void session.confirmTally(false)}>{s.tallyKeep}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

function VoteResults(props: { vote: CountedVotes; proposed: readonly Nomination[]; caption: string; s: Strings; lang: Lang }) {
  const { vote, s, lang } = props;
  const styles = useStyles();
  const { session } = useSession();
  const voteOf = (n: Nomination) => vote.votes.find((v) => v.unit === n.unit && v.award === n.award);
  const rows: Row[] = vote.nominations.map((nomination) => ({ nomination, vote: voteOf(nomination) }));
  const columns: Column<Row>[] = [
    { header: s.colUnit, cell: (r) => r.nomination.unit },
    { header: s.colAward, cell: (r) => r.nomination.awardName },
    { header: s.colVotesFor, cell: (r) => (r.vote ? `${r.vote.votesFor}/${r.vote.voters}` : "—"), numeric: true },
    { header: s.colShare, cell: (r) => (r.vote?.share != null ? shareText(r.vote.share, lang) : "—"), numeric: true },
    {
      header: s.colResult,
      cell: (r) => (
        <>
          {r.vote ? (
            <Badge className={styles.verdict} appearance="filled" color={r.vote.passed ? "success" : "danger"} size="small">
              {r.vote.passed ? s.votePassed : s.voteFailed}
            </Badge>
          ) : (
            <Caption1>{s.notVoted}</Caption1>
          )}
          {r.vote?.outvoted && <Caption1> {s.outvoted}</Caption1>}
          {r.nomination.tied && (
            <Badge className={styles.verdict} appearance="tint" color="warning" size="small">
              {s.stillTied}
            </Badge>
          )}
        </>
      ),
    },
  ];
  // The ranking's ties at a quota that the vote settled: who keeps the award.
  const settled = [...new Set(props.proposed.filter((n) => n.tied).map((n) => n.award))].flatMap((award) => {
    const tied = props.proposed.filter((n) => n.tied && n.award === award);
    if (vote.nominations.some((n) => n.tied && n.award === award)) return [];
    const kept = tied.filter((n) => voteOf(n)?.passed);
    return [fillLabel(s.tieResolved, { award: tied[0]?.awardName ?? award, units: tied.map((n) => n.unit).join(", "), kept: kept.map((n) => n.unit).join(", ") || "—" })];
  });
  const ties = vote.issues.filter((i) => i.code === "NOMINATION_TIE");
  const checks = vote.issues.filter((i) => i.code.startsWith("VOTE"));
  return (
    <>
      {vote.files.length > 0 && <Caption1>{fillLabel(s.voteCountedFrom, { files: vote.files.join(", ") })}</Caption1>}
      {/* How many voters' rows were counted, and that the others' reasons are listed: nothing dropped silently. */}
      <Body1>
        {fillLabel(s.votersCounted, { counted: String(vote.voters.length), rows: String(vote.rows) })}
        {vote.rows > vote.voters.length && ` ${fillLabel(s.votersNotCounted, { count: String(vote.rows - vote.voters.length) })}`}
      </Body1>
      <ResultTable caption={props.caption} columns={columns} rows={rows} rowKey={(r) => `${r.nomination.award}|${r.nomination.unit}`} highlight={(r) => r.vote?.passed === false} />
      {settled.map((line) => (
        <MessageBar key={line} intent="info">
          <MessageBarBody>{line}</MessageBarBody>
        </MessageBar>
      ))}
      {ties.map((issue, i) => (
        <MessageBar key={`tie-${i}`} intent="warning">
          <MessageBarBody>{issueMessage(issue, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      {checks.length > 0 && (
        <section aria-label={s.voteIssues}>
          <Subtitle2 as="h4">{s.voteIssues}</Subtitle2>
          <ul className={styles.issues}>
            {checks.map((issue, i) => (
              <li key={i} className={styles.issue}>
                <span>
                  <Badge appearance="filled" color={issue.severity === "error" ? "danger" : "warning"} size="small">
                    {issue.severity === "error" ? s.error : s.warning}
                  </Badge>{" "}
                  <Caption1 className={styles.place}>{[issue.file, issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet].filter(Boolean).join(" · ")}</Caption1>
                </span>
                <Body1>{issueMessage(issue, lang)}</Body1>
                {session.isInTally(issue) && (
                  <Link as="button" onClick={() => session.showInTally(issue)}>
                    {fillLabel(s.goToCell, { cell: `${issue.sheet}!${issue.cell}` })}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
