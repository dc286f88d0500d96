/**
 * The tally entered in one action, then its exceptions (issue 22): *Tất cả
 * đồng ý* fills every mark, a proposal's column or a voter's row is filled
 * at once, and one proposal at a time shows each voter's mark to change, so
 * it fits a task pane (360 px) where the full grid (voters × proposals)
 * does not. The marks are the tally sheet's own (its drop-down's words);
 * counting them stays Kiểm phiếu's (src/flow/vote.ts, SPEC §5.1).
 */
import { Body1, Button, Caption1, Field, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { OutputCell, SheetSpec } from "../../../workbook/ports/sink";
import { fillLabel } from "../../i18n/strings";
import { useStrings } from "../../i18n/useStrings";
import type { MarkChange } from "../../session/block-session";
import { useSession } from "../../session/context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  voters: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  voter: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, flexBasis: 0, minWidth: 0, overflowWrap: "anywhere" },
  mark: { flexShrink: 0, width: "10.5em" },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

const textOf = (cell: OutputCell | undefined): string => (cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.text : String(cell));

export function TallyEditor(props: { tally: SheetSpec }) {
  const s = useStrings();
  const styles = useStyles();
  const { session, state } = useSession();
  const { columns, rows } = props.tally.table;
  const proposals = columns.slice(1).map((c, i) => ({ column: i + 1, header: c.header, marks: c.validation?.kind === "list" ? c.validation.values.map(String) : [] }));
  const voters = rows.map((cells, row) => ({ row, name: textOf(cells[0]) }));
  const [chosen, setChosen] = useState(1);
  const [voterRow, setVoterRow] = useState(0);
  const proposal = proposals.find((p) => p.column === chosen) ?? proposals[0];
  const voter = voters.find((v) => v.row === voterRow) ?? voters[0];
  if (!proposal || !voter) return null;
  // The sheet's drop-down: its first word agrees, its second does not.
  const [agree = "", disagree = ""] = proposal.marks;
  const busy = state.busy !== null;
  const fill = (changes: MarkChange[]) => void session.setMarks(changes);
  const everyCell = (value: string | null) => voters.flatMap((v) => proposals.map((p) => ({ row: v.row, column: p.column, value })));
  const marksOf = (column: number) => voters.map((v) => textOf(rows[v.row]?.[column]));
  const shown = marksOf(proposal.column);
  const counts = {
    agree: shown.filter((m) => m === agree).length,
    disagree: shown.filter((m) => m === disagree).length,
    blank: shown.filter((m) => m === "").length,
  };
  return (
    <section className={styles.root} aria-label={s.tallyFillTitle} data-testid="tally-editor">
      <Subtitle2 as="h4">{s.tallyFillTitle}</Subtitle2>
      <Caption1>{s.tallyHow}</Caption1>
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => fill(everyCell(agree))}>
          {s.tallyFillAll}
        </Button>
        <Button disabled={busy} onClick={() => fill(everyCell(null))}>
          {s.tallyClearAll}
        </Button>
      </div>

      <div className={styles.group}>
        <Field label={s.tallyProposal}>
          <Select value={String(proposal.column)} onChange={(_, d) => setChosen(Number(d.value))}>
            {proposals.map((p) => (
              <option key={p.column} value={p.column}>
                {p.header}
              </option>
            ))}
          </Select>
        </Field>
        <Caption1 role="status" aria-live="polite">
          {fillLabel(s.tallyMarks, counts)}
        </Caption1>
        <div className={styles.buttons}>
          <Button size="small" disabled={busy} onClick={() => fill(voters.map((v) => ({ row: v.row, column: proposal.column, value: agree })))}>
            {s.tallyColumnAgree}
          </Button>
          <Button size="small" disabled={busy} onClick={() => fill(voters.map((v) => ({ row: v.row, column: proposal.column, value: disagree })))}>
            {s.tallyColumnDisagree}
          </Button>
        </div>
        <ul className={styles.voters} aria-label={proposal.header}>
          {voters.map((v) => {
            const value = shown[v.row] ?? "";
            // A mark typed otherwise (a file's `x`, a typo) stays shown, as in the sheet.
            const options = value !== "" && !proposal.marks.includes(value) ? [...proposal.marks, value] : proposal.marks;
            return (
              <li key={v.row} className={styles.voter}>
                <Body1 className={styles.name}>{v.name}</Body1>
                <Select
                  className={styles.mark}
                  size="small"
                  aria-label={fillLabel(s.markCell, { voter: v.name, proposal: proposal.header })}
                  value={value}
                  onChange={(_, d) => fill([{ row: v.row, column: proposal.column, value: d.value === "" ? null : d.value }])}
                >
                  <option value="">{s.markBlank}</option>
                  {options.map((mark) => (
                    <option key={mark} value={mark}>
                      {mark}
                    </option>
                  ))}
                </Select>
              </li>
            );
          })}
        </ul>
      </div>

      <div className={styles.group}>
        <Field label={s.tallyVoter}>
          <Select value={String(voter.row)} onChange={(_, d) => setVoterRow(Number(d.value))}>
            {voters.map((v) => (
              <option key={v.row} value={v.row}>
                {v.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.buttons}>
          <Button size="small" disabled={busy} onClick={() => fill(proposals.map((p) => ({ row: voter.row, column: p.column, value: p.marks[0] ?? agree })))}>
            {s.tallyRowAgree}
          </Button>
          <Button size="small" disabled={busy} onClick={() => fill(proposals.map((p) => ({ row: voter.row, column: p.column, value: p.marks[1] ?? disagree })))}>
            {s.tallyRowDisagree}
          </Button>
        </div>
      </div>
    </section>
  );
}
