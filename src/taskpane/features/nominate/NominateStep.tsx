import { Badge, Body1, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useEffect } from "react";
import { issueMessage } from "../../../core/i18n/issues";
import { passedOverSentence } from "../../../core/i18n/passed-over-words";
import { currentReasons } from "../../session/session-state";
import type { Nomination } from "../../../core/model/result";
import { ResultTable, type Column } from "../../components/ResultTable";
import { StepIntro } from "../../components/StepIntro";
import { formatScore } from "../../i18n/format";
import { fillLabel } from "../../i18n/strings";
import { sheetCounts } from "../../../flow/import";
import { useStrings } from "../../i18n/useStrings";
import { useSession } from "../../session/context";
import { DocumentsPanel } from "./DocumentsPanel";
import { MeetingForm } from "./MeetingForm";
import { VotePanel } from "./VotePanel";

export function NominateStep() {
  const s = useStrings();
  const { session, state } = useSession();
  const { lang, rounding } = state.settings;
  const ready = state.outcome?.ok === true;
  const busy = state.busy === "nominate";
  const proposals = state.proposals;
  // The step is its own action: opened, it proposes (again, once new settings made the proposals stale), no second click.
  const due = ready && proposals === null && state.busy === null;
  useEffect(() => {
    if (due) void session.proposeNominations();
  }, [due, session]);
  // Sheets left out for errors: what follows (the vote, the documents) stands on a ranking without them.
  const counts = state.outcome?.ok ? sheetCounts(state.outcome.result) : null;
  const columns: Column<Nomination>[] = [
    { header: s.colUnit, cell: (n) => n.unit },
    {
      header: s.colAward,
      cell: (n) => (
        <>
          {n.awardName}
          {n.tied && (
            <>
              {" "}
              <Badge appearance="tint" color="warning" size="small">
                {s.tie}
              </Badge>
            </>
          )}
        </>
      ),
    },
    { header: s.colAverage, cell: (n) => formatScore(n.average, lang, rounding), numeric: true },
    { header: s.colRank, cell: (n) => n.rank, numeric: true },
  ];
  // Why better-ranked units are not proposed (SPEC §5): a reviewer asks it first.
  const passedOver = [...currentReasons(state).values()].sort((a, b) => a.rank - b.rank);
  const ties = proposals?.issues.filter((i) => i.code === "NOMINATION_TIE") ?? [];
  const others = proposals?.issues.filter((i) => i.code !== "NOMINATION_TIE") ?? [];
  return (
    <StepIntro title={s.nominateTitle} what={s.nominateWhat}>
      {!ready && <Body1>{s.nothingYet}</Body1>}
      {busy && <Spinner size="tiny" label={s.proposing} />}
      {counts && counts.leftOut > 0 && (
        <MessageBar intent="warning" data-testid="incomplete-data">
          <MessageBarBody>
            <MessageBarTitle>{s.incompleteTitle}</MessageBarTitle>
            {fillLabel(s.incompleteBody, { leftOut: counts.leftOut, sheets: counts.sheets })}
          </MessageBarBody>
        </MessageBar>
      )}
      {ties.map((issue, i) => (
        <MessageBar key={`tie-${i}`} intent="warning">
          <MessageBarBody>{issueMessage(issue, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      {others.map((issue, i) => (
        <MessageBar key={`other-${i}`} intent="info">
          <MessageBarBody>{issueMessage(issue, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      {proposals && proposals.nominations.length === 0 && <Body1>{s.noProposals}</Body1>}
      {proposals && proposals.nominations.length > 0 && (
        <ResultTable
          caption={s.proposalsCaption}
          columns={columns}
          rows={proposals.nominations}
          rowKey={(n) => `${n.award}|${n.unit}`}
          highlight={(n) => n.tied}
        />
      )}
      {passedOver.length > 0 && (
        <section aria-label={s.passedOverTitle}>
          <Body1 as="p">
            <strong>{s.passedOverTitle}</strong>
          </Body1>
          <ul>
            {passedOver.map((p) => (
              <li key={p.unit}>
                <Body1>{passedOverSentence(p, lang)}</Body1>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* The meeting first: who is present decides who votes (SPEC §5.1). */}
      {ready && <MeetingForm />}
      {ready && <VotePanel />}
      {ready && <DocumentsPanel />}
    </StepIntro>
  );
}
