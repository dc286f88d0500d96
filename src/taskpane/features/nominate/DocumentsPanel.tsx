import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { issueMessage } from "../../../core/i18n/issues";
import { missingValueWords } from "../../../core/i18n/placeholder-words";
import type { DocumentId } from "../../../workbook/documents/built-in";
import { documentStrings } from "../../i18n/document-strings";
import { saveFile } from "../../components/save-file";
import { fillLabel } from "../../i18n/strings";
import { useSession } from "../../session/context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  // A document's name on its line, its two downloads below: beside a long name they wrapped one by one at a pane's width.
  document: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/** Step 4's Lập hồ sơ (SPEC §7), from the meeting's details (MeetingForm, above the vote). */
export function DocumentsPanel() {
  const styles = useStyles();
  const { session, state } = useSession();
  const lang = state.settings.lang;
  const d = documentStrings(lang);
  const { documents } = state;
  const busy = state.busy === "documents";
  // Values left blank, said once by what they are (not a line per placeholder), grouped by where to give them.
  const missing = new Map<string, Set<string>>();
  for (const issue of documents?.issues ?? []) {
    if (issue.code !== "TEMPLATE_VALUE_MISSING") continue;
    const { what, todo } = missingValueWords(String(issue.params.field ?? ""), lang);
    missing.set(todo, (missing.get(todo) ?? new Set()).add(what));
  }
  const others = documents?.issues.filter((i) => i.code !== "TEMPLATE_VALUE_MISSING") ?? [];
  const download = async (id: DocumentId, kind: "xlsx" | "docx") => {
    const blob = await session.documentFile(id, kind);
    if (blob) saveFile(blob, `${id}.${kind}`);
  };
  return (
    <section className={styles.root} aria-label={d.make}>
      <Subtitle2 as="h3">{d.make}</Subtitle2>
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
          {[...missing].map(([todo, what]) => (
            <MessageBar key={todo} intent="warning">
              <MessageBarBody>{fillLabel(d.missingValues, { what: [...what].join(", "), todo })}</MessageBarBody>
            </MessageBar>
          ))}
          {others.map((issue, i) => (
            <MessageBar key={i} intent="warning">
              <MessageBarBody>{issueMessage(issue, lang)}</MessageBarBody>
            </MessageBar>
          ))}
        </>
      )}
    </section>
  );
}
