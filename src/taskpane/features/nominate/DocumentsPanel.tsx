import { Body1, Button, Checkbox, Field, Input, Label, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Textarea, tokens, useId } from "@fluentui/react-components";
import { issueMessage } from "../../../core/i18n/issues";
import type { DocumentId } from "../../../workbook/documents/built-in";
import { documentStrings } from "../../i18n/document-strings";
import { saveFile } from "../../components/save-file";
import { fillLabel } from "../../i18n/strings";
import { useSession } from "../../session/context";
import { currentVote } from "../../session/session-state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  units: { display: "flex", flexDirection: "column" },
  // A document's name on its line, its two downloads below: beside a long name they wrapped one by one at a pane's width.
  document: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/** Step 4's Thông tin cuộc họp and Lập hồ sơ (SPEC §7). */
export function DocumentsPanel() {
  const styles = useStyles();
  const { session, state } = useSession();
  const lang = state.settings.lang;
  const d = documentStrings(lang);
  const { meeting, documents } = state;
  const units = state.outcome?.ok ? state.outcome.result.units.map((u) => u.name) : [];
  // Everyone is taken as present until the officer unticks a unit, or, once units voted, those whose votes counted
  // (SPEC §7); the documents use the same default. Only roster units can be ticked: no stranger is typed in.
  const vote = currentVote(state);
  const present = meeting.present ?? (vote && vote.voterKind === "units" && vote.voters.length > 0 ? vote.voters : units);
  const busy = state.busy === "documents";
  const presentLabel = useId("present");
  const text = (key: "block" | "place" | "chair" | "secretary" | "documentNumber") => (
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
  const download = async (id: DocumentId, kind: "xlsx" | "docx") => {
    const blob = await session.documentFile(id, kind);
    if (blob) saveFile(blob, `${id}.${kind}`);
  };
  return (
    <section className={styles.root} aria-label={d.meetingTitle}>
      <Subtitle2 as="h3">{d.meetingTitle}</Subtitle2>
      <Body1>{d.meetingWhat}</Body1>
      {text("block")}
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
        <Textarea
          value={(meeting.recipients ?? []).join("\n")}
          onChange={(_, data) => session.updateMeeting({ recipients: data.value.split("\n") })}
        />
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
      {!state.proposals && <Body1>{d.needProposals}</Body1>}
      <div>
        <Button appearance="primary" disabled={!state.proposals || state.busy !== null} onClick={() => void session.makeDocuments()} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {busy ? d.making : d.make}
        </Button>
      </div>
      {documents && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{fillLabel(d.written, { sheets: documents.sheets.join(", ") })}</MessageBarBody>
          </MessageBar>
          {documents.plainTemplates.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{fillLabel(d.plainTemplates, { sheets: documents.plainTemplates.join(", ") })}</MessageBarBody>
            </MessageBar>
          )}
          {documents.ids.map((id) => (
            <div key={id} className={styles.document}>
              <Body1>{d.names[id]}</Body1>
              <div className={styles.row}>
                <Button size="small" aria-label={fillLabel(d.downloadNamed, { kind: ".xlsx", document: d.names[id] })} onClick={() => void download(id, "xlsx")}>
                  {fillLabel(d.download, { kind: ".xlsx" })}
                </Button>
                <Button size="small" aria-label={fillLabel(d.downloadNamed, { kind: ".docx", document: d.names[id] })} onClick={() => void download(id, "docx")}>
                  {fillLabel(d.download, { kind: ".docx" })}
                </Button>
              </div>
            </div>
          ))}
          {session.canReadThisWorkbook && <Body1>{d.downloadHint}</Body1>}
          {documents.issues.map((issue, i) => (
            <MessageBar key={i} intent="warning">
              <MessageBarBody>{issueMessage(issue, lang)}</MessageBarBody>
            </MessageBar>
          ))}
        </>
      )}
    </section>
  );
}
