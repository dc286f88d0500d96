import { Body1, Button, Caption1, Spinner } from "@fluentui/react-components";
import type { UnitResult } from "../../../core/model/result";
import { ResultTable, type Column } from "../../components/ResultTable";
import { StepIntro } from "../../components/StepIntro";
import { formatScore } from "../../i18n/format";
import { fillLabel } from "../../i18n/strings";
import { useStrings } from "../../i18n/useStrings";
import { useSession } from "../../session/context";

export function RankStep() {
  const s = useStrings();
  const { session, state } = useSession();
  const { lang, rounding, method, trim } = state.settings;
  const ready = state.outcome?.ok === true;
  const busy = state.busy === "rank";
  const methodName = method === "trimmed" ? `${s.methodTrimmed}, k = ${trim}` : s.methodMean;
  const columns: Column<UnitResult>[] = [
    { header: s.colRank, cell: (u) => u.rank ?? "—", numeric: true },
    { header: s.colUnit, cell: (u) => u.unit },
    { header: s.colAverage, cell: (u) => formatScore(u.average, lang, rounding), numeric: true },
    { header: s.colSelf, cell: (u) => formatScore(u.selfScore, lang, rounding), numeric: true },
  ];
  return (
    <StepIntro title={s.rankTitle} what={s.rankWhat}>
      {!ready && <Body1>{s.nothingYet}</Body1>}
      {ready && (
        <div>
          <Button appearance="primary" disabled={state.busy !== null} onClick={() => void session.computeRanking()} icon={busy ? <Spinner size="tiny" /> : undefined}>
            {busy ? s.computing : s.compute}
          </Button>
        </div>
      )}
      {ready && !state.ranking && <Caption1>{methodName}</Caption1>}
      {state.ranking && (
        <ResultTable
          caption={fillLabel(s.rankCaption, { method: methodName })}
          columns={columns}
          rows={state.ranking.units}
          rowKey={(u) => u.unit}
        />
      )}
    </StepIntro>
  );
}
