import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { useId, useRef, useState, type DragEvent } from "react";
import type { SetAsideKind } from "../../../core/recognise/classify";
import { issueMessage } from "../../../core/i18n/issues";
import { StepIntro } from "../../components/StepIntro";
import { NextStep } from "../../components/step-nav";
import { sheetCounts } from "../../../flow/import";
import { fillLabel, type Strings } from "../../i18n/strings";
import { useStrings } from "../../i18n/useStrings";
import type { FileEntry, FileSource } from "../../session/block-session";
import { useSession } from "../../session/context";
import type { Lang } from "../../../core/i18n/lang";
import { BlankScoresheets } from "./BlankScoresheets";
import { dropEntries, dropFiles, folderPick, looseFiles, toSources, type PickedFile } from "./picked-files";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export function ImportStep() {
  const s = useStrings();
  const styles = useStyles();
  const { session, state } = useSession();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [pending, setPending] = useState<{ files: FileSource[]; again: string[] } | null>(null);
  const lang = state.settings.lang;

  const begin = (files: FileSource[]) => {
    if (files.length === 0) return;
    const again = session.alreadyImported(files.map((f) => f.name));
    if (again.length > 0) setPending({ files, again });
    else void session.importFiles(files);
  };
  const start = (picked: readonly PickedFile[]) => begin(toSources(picked));
  const thisWorkbook = session.thisWorkbookSource();

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (state.busy !== null) return;
    // Folders are only seen through the drop's entries, taken before the event ends.
    const entries = dropEntries(event.dataTransfer);
    if (!entries) {
      start(looseFiles(event.dataTransfer.files));
      return;
    }
    dropFiles(entries).then(start, (error: unknown) => session.reportFailure(String(error)));
  };

  const outcome = state.outcome;
  const errors = outcome?.ok ? outcome.result.issues.filter((i) => i.severity === "error").length : 0;

  return (
    <StepIntro title={s.importTitle} what={s.importWhat}>
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <input
          ref={input}
          id={inputId}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.xls,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={s.pickLabel}
          disabled={state.busy !== null}
          onChange={(e) => {
            if (e.target.files) start(looseFiles(e.target.files));
            e.target.value = "";
          }}
        />
        <input
          ref={folderInput}
          className={styles.hidden}
          type="file"
          // Not in React's types, but in every browser Office runs the pane in (Edge WebView2, Safari, Chrome, Firefox).
          {...{ webkitdirectory: "" }}
          aria-label={s.pickFolderLabel}
          disabled={state.busy !== null}
          onChange={(e) => {
            if (e.target.files) start(folderPick(e.target.files));
            e.target.value = "";
          }}
        />
        {/* Once a block is read, the primary action is the way on (Tiếp theo: Kiểm tra), not more files. */}
        <Button appearance={state.outcome?.ok ? "secondary" : "primary"} disabled={state.busy !== null} onClick={() => input.current?.click()}>
          {s.pickFiles}
        </Button>
        <Button disabled={state.busy !== null} onClick={() => folderInput.current?.click()}>
          {s.pickFolder}
        </Button>
        {thisWorkbook && (
          <Button disabled={state.busy !== null} onClick={() => begin([thisWorkbook])}>
            {s.readThisWorkbook}
          </Button>
        )}
        <Caption1>{s.dropHere}</Caption1>
        {session.hasSample && (
          <Button disabled={state.busy !== null} onClick={() => void session.loadSample()}>
            {s.useSample}
          </Button>
        )}
      </div>

      {state.busy === "import" && (
        <div className={styles.row}>
          <Button onClick={() => session.cancelImport()}>{s.cancelImport}</Button>
        </div>
      )}

      {outcome && !outcome.ok && (
        <MessageBar intent="error">
          <MessageBarBody>{outcome.reason === "no-criteria-table" ? s.noCriteria : s.criteriaUnreadable}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok && state.busy !== "import" && (
        <MessageBar intent={errors > 0 ? "warning" : "success"} role="status">
          <MessageBarBody>
            {fillLabel(s.importSummary, {
              units: outcome.result.units.length,
              ...sheetCounts(outcome.result),
              errors,
              warnings: outcome.result.issues.length - errors,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok && state.busy !== "import" && <NextStep step="check" label={fillLabel(s.next, { step: s.checkTitle })} />}

      {outcome?.ok && state.busy !== "import" && !outcome.result.unitsInferred && outcome.result.units.length > 0 && (
        <BlankScoresheets result={outcome.result} insideExcel={session.thisWorkbookSource() !== null} />
      )}

      {state.files.length > 0 && (
        <ul className={styles.list} aria-label={s.filesLabel}>
          {state.files.map((file) => (
            <FileItem key={file.name} file={file} s={s} lang={lang} styles={styles} />
          ))}
        </ul>
      )}

      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.replaceTitle}</DialogTitle>
            <DialogContent>
              {s.replaceBody}
              <ul>
                {pending?.again.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  const files = pending?.files ?? [];
                  setPending(null);
                  void session.importFiles(files);
                }}
              >
                {s.replace}
              </Button>
              <Button
                onClick={() => {
                  const again = new Set(pending?.again ?? []);
                  const fresh = (pending?.files ?? []).filter((f) => !again.has(f.name));
                  setPending(null);
                  void session.importFiles(fresh);
                }}
              >
                {s.keep}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </StepIntro>
  );
}

const SET_ASIDE_LABEL: Readonly<Record<SetAsideKind, (s: Strings) => string>> = {
  tally: (s) => s.kindTally,
  template: (s) => s.kindTemplate,
  "own-result": (s) => s.kindOwnResult,
};

function FileItem(props: { file: FileEntry; s: Strings; lang: Lang; styles: ReturnType<typeof useStyles> }) {
  const { file, s, lang, styles } = props;
  const { status, kind } = file;
  let what: string;
  let detail: string | null = null;
  if (status === "queued") what = s.statusQueued;
  else if (status === "reading") what = s.statusReading;
  else if (status === "cancelled") what = s.statusCancelled;
  else if (!kind) what = s.statusReading;
  else if (kind.kind === "criteria") what = s.kindCriteria;
  else if (kind.kind === "roster") what = s.kindRoster;
  else if (kind.kind === "scoresheets") what = fillLabel(s.kindScoresheets, { n: kind.sheets });
  else if (kind.kind === "set-aside") what = SET_ASIDE_LABEL[kind.as](s);
  else {
    what = kind.kind === "unreadable" ? s.kindUnreadable : s.kindUnused;
    detail = kind.issue ? issueMessage(kind.issue, lang) : null;
  }
  const bad = kind?.kind === "unreadable" || kind?.kind === "unused";
  const value = status === "read" ? 1 : status === "reading" ? undefined : 0;
  return (
    <li className={styles.item} data-file={file.name}>
      <span className={styles.name}>{file.name}</span>
      <ProgressBar
        value={value}
        max={1}
        thickness="medium"
        color={bad ? "error" : status === "read" ? "success" : "brand"}
        aria-label={`${file.name}: ${what}`}
      />
      <Caption1 className={bad ? styles.bad : styles.muted}>{what}</Caption1>
      {detail && <Caption1>{detail}</Caption1>}
    </li>
  );
}
