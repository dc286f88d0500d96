import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { useState } from "react";
import type { UnitResult } from "../../../core/model/result";
import { sheetCounts } from "../../../flow/import";
import { ResultTable, type Column } from "../../components/ResultTable";
import { StepIntro } from "../../components/StepIntro";
import { NextStep, useGoToStep } from "../../components/step-nav";
import { formatScore } from "../../i18n/format";
import { fillLabel } from "../../i18n/strings";
import { useStrings } from "../../i18n/useStrings";
import { useSession } from "../../session/context";

export function RankStep() {
  const s = useStrings();
  const { session, state } = useSession();
  const go = useGoToStep();
  const [confirming, setConfirming] = useState(false);
  const { lang, rounding, method, trim } = state.settings;
  const outcome = state.outcome?.ok ? state.outcome : null;
  const busy = state.busy === "rank";
  const methodName = method === "trimmed" ? `${s.methodTrimmed}, k = ${trim}` : s.methodMean;
  // The command's numbers (src/flow): what the ranking uses is said before it runs, not found later in Tổng hợp.
  const counts = outcome ? sheetCounts(outcome.result) : null;
  const columns: Column<UnitResult>[] = [
    { header: s.colRank, cell: (u) => u.rank ?? "—", numeric: true },
    { header: s.colUnit, cell: (u) => u.unit },
    { header: s.colAverage, cell: (u) => formatScore(u.average, lang, rounding), numeric: true },
    { header: s.colSelf, cell: (u) => formatScore(u.selfScore, lang, rounding), numeric: true },
  ];
  // Sheets left out for errors: the officer says so first, or goes to see them.
  const compute = () => {
    if (counts && counts.leftOut > 0) setConfirming(true);
    else void session.computeRanking();
  };
  return (
    <StepIntro title={s.rankTitle} what={s.rankWhat}>
      {!counts && <Body1>{s.nothingYet}</Body1>}
      {counts && (
        <MessageBar intent={counts.leftOut > 0 ? "warning" : "info"} role="status" data-testid="rank-uses">
          <MessageBarBody>
            {fillLabel(s.rankUses, { used: counts.used, sheets: counts.sheets })}
            {counts.leftOut > 0 && ` ${fillLabel(s.rankLeftOut, { leftOut: counts.leftOut })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {counts && (
        <div>
          <Button appearance={state.ranking ? "secondary" : "primary"} disabled={state.busy !== null} onClick={compute} icon={busy ? <Spinner size="tiny" /> : undefined}>
            {busy ? s.computing : s.compute}
          </Button>
        </div>
      )}
      {counts && !state.ranking && <Caption1>{methodName}</Caption1>}
      {state.ranking && (
        <ResultTable
          caption={fillLabel(s.rankCaption, { method: methodName })}
          columns={columns}
          rows={state.ranking.units}
          rowKey={(u) => u.unit}
        />
      )}
      {state.ranking && <NextStep step="nominate" label={fillLabel(s.next, { step: s.nominateTitle })} />}
      <Dialog open={confirming} onOpenChange={(_, data) => !data.open && setConfirming(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{fillLabel(s.rankConfirmTitle, { leftOut: counts?.leftOut ?? 0 })}</DialogTitle>
            <DialogContent>{fillLabel(s.rankConfirmBody, { used: counts?.used ?? 0, sheets: counts?.sheets ?? 0 })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  go("check");
                }}
              >
                {s.seeErrors}
              </Button>
              <Button
                onClick={() => {
                  setConfirming(false);
                  void session.computeRanking();
                }}
              >
                {s.rankAnyway}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </StepIntro>
  );
}
