/**
 * The block's name and year, one value for the whole session (issue 22):
 * kept in the meeting's details (so Cài đặt and the work kept on this
 * computer keep them), shown and edited in step 1 (the blank scoresheets)
 * and step 4 (the meeting) alike; the ballot, the result's titles and the
 * documents read them from there.
 */
import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { documentStrings } from "../i18n/document-strings";
import { useStrings } from "../i18n/useStrings";
import { useSession } from "../session/context";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  name: { flexGrow: 1, flexBasis: "12em", minWidth: 0 },
  year: { flexShrink: 0, width: "6em" },
  // Fluent's Input keeps a minimum width of its own, wider than a year's box in a narrow pane.
  fill: { width: "100%", minWidth: 0 },
});

/** A year as typed: kept once it is a year (four digits after 1900), cleared when emptied. */
export function yearOf(text: string): number | undefined {
  const year = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && year > 1900 ? year : undefined;
}

export function BlockNameYear() {
  const s = useStrings();
  const styles = useStyles();
  const { session, state } = useSession();
  const d = documentStrings(state.settings.lang);
  const { block, year } = state.meeting;
  return (
    <div>
      <div className={styles.row}>
        <Field label={d.block} className={styles.name}>
          <Input className={styles.fill} value={block ?? ""} onChange={(_, data) => session.updateMeeting({ block: data.value })} />
        </Field>
        <Field label={d.year} className={styles.year}>
          <YearInput className={styles.fill} year={year} onYear={(y) => session.updateMeeting({ year: y })} />
        </Field>
      </div>
      <Caption1>{s.sharedBlockHint}</Caption1>
    </div>
  );
}

/**
 * The year's box: what is typed stays shown while it is not yet a year (2,
 * 20, 202…); a year set elsewhere (step 1 or 4, the work kept) shows instead.
 */
function YearInput(props: { className: string; year: number | undefined; onYear: (year: number | undefined) => void }) {
  const [typed, setTyped] = useState(props.year !== undefined ? String(props.year) : "");
  const shown = yearOf(typed) === props.year ? typed : props.year !== undefined ? String(props.year) : "";
  return (
    <Input
      className={props.className}
      inputMode="numeric"
      placeholder={String(new Date().getFullYear())}
      value={shown}
      onChange={(_, data) => {
        setTyped(data.value);
        props.onYear(yearOf(data.value));
      }}
    />
  );
}
