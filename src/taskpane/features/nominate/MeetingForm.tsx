/**
 * Step 4's *Thông tin cuộc họp* (SPEC §7), before the ballot: the units
 * ticked present are the voters (SPEC §5.1), and the block's name and year
 * here are the session's one (step 1's blank scoresheets show and edit the
 * same, see BlockNameYear).
 */
import { Body1, Checkbox, Field, Input, Label, makeStyles, Select, Subtitle2, Textarea, tokens, useId } from "@fluentui/react-components";
import { documentStrings } from "../../i18n/document-strings";
import { useSession } from "../../session/context";
import { currentVote } from "../../session/session-state";
import { BlockNameYear } from "../../components/BlockNameYear";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  units: { display: "flex", flexDirection: "column" },
});

export function MeetingForm() {
  const styles = useStyles();
  const { session, state } = useSession();
  const d = documentStrings(state.settings.lang);
  const { meeting } = state;
  const units = state.outcome?.ok ? state.outcome.result.units.map((u) => u.name) : [];
  // Everyone is taken as present until the officer unticks a unit, or, once units voted, those whose votes counted
  // (SPEC §7); the documents use the same default. Only roster units can be ticked: no stranger is typed in.
  const vote = currentVote(state);
  const present = meeting.present ?? (vote && vote.voterKind === "units" && vote.voters.length > 0 ? vote.voters : units);
  const presentLabel = useId("present");
  const text = (key: "place" | "chair" | "secretary" | "documentNumber") => (
    <Field label={d[key]}>
      <Input value={meeting[key] ?? ""} onChange={(_, data) => session.updateMeeting({ [key]: data.value })} />
    </Field>
  );
  // A person's form of address apart from the name (SPEC §7): the body says "bà …", the signature the name alone.
  const title = (key: "chairTitle" | "secretaryTitle") => (
    <Field label={d[key]} hint={d.titleHint}>
      <Select value={meeting[key] ?? ""} onChange={(_, data) => session.updateMeeting({ [key]: data.value || undefined })}>
        <option value="">{d.noTitle}</option>
        <option value="ông">ông</option>
        <option value="bà">bà</option>
      </Select>
    </Field>
  );
  return (
    <section className={styles.root} aria-label={d.meetingTitle} data-testid="meeting-form">
      <Subtitle2 as="h3">{d.meetingTitle}</Subtitle2>
      <Body1>{d.meetingWhat}</Body1>
      <BlockNameYear />
      <Field label={d.date}>
        <Input type="date" value={meeting.date ?? ""} onChange={(_, data) => session.updateMeeting({ date: data.value || undefined })} />
      </Field>
      {text("place")}
      {text("chair")}
      {title("chairTitle")}
      {text("secretary")}
      {title("secretaryTitle")}
      {text("documentNumber")}
      <Field label={d.recipients}>
        <Textarea value={(meeting.recipients ?? []).join("\n")} onChange={(_, data) => session.updateMeeting({ recipients: data.value.split("\n") })} />
      </Field>
      {/* A group, not a Field: a Field gives its one id to every checkbox inside, and each unit's label then ticks the first. */}
      <div className={styles.units} role="group" aria-labelledby={presentLabel}>
        <Label id={presentLabel}>{d.present}</Label>
        {units.map((unit) => (
          <Checkbox
            key={unit}
            label={unit}
            checked={present.includes(unit)}
            onChange={(_, data) => session.updateMeeting({ present: data.checked ? units.filter((u) => u === unit || present.includes(u)) : present.filter((u) => u !== unit) })}
          />
        ))}
      </div>
    </section>
  );
}
