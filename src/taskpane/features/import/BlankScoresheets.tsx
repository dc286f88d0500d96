/**
 * *Tạo phiếu chấm gửi đơn vị* (SPEC §7.1): once the criteria table and the
 * roster are known, the blank scoresheet of every unit in one `.zip`, with
 * the block's name, year and the day they are due, as the officer types them;
 * the name and year are the session's one (BlockNameYear), the meeting's too.
 */
import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ImportResult } from "../../../core/import/import-block";
import { saveFile } from "../../components/save-file";
import { BlockNameYear } from "../../components/BlockNameYear";
import { fillLabel } from "../../i18n/strings";
import { useStrings } from "../../i18n/useStrings";
import { useSession } from "../../session/context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
});

export function BlankScoresheets(props: { result: ImportResult; insideExcel: boolean }) {
  const s = useStrings();
  const styles = useStyles();
  const { result } = props;
  const { state: session } = useSession();
  const { block = "", year } = session.meeting;
  const [deadline, setDeadline] = useState("");
  const [state, setState] = useState<{ busy: boolean; done: number | null; failure: string | null }>({ busy: false, done: null, failure: null });

  const make = async () => {
    setState({ busy: true, done: null, failure: null });
    try {
      // Loaded on use: exceljs and the zip writer stay out of the pane's first download.
      const { writeBlankScoresheets, zipFiles } = await import("../../../xlsx/blank-scoresheets");
      const files = await writeBlankScoresheets(result.criteria.table, result.units, {
        blockName: block.trim(),
        // The sheets are made for this year unless another is given (the field shows it as its placeholder).
        year: year ?? new Date().getFullYear(),
        ...(/^\d{4}-\d{2}-\d{2}$/.test(deadline) ? { deadline } : {}),
      });
      const zip = await zipFiles(files);
      saveFile(new Blob([zip as BlobPart], { type: "application/zip" }), s.blankZipName);
      setState({ busy: false, done: files.length, failure: null });
    } catch (error) {
      setState({ busy: false, done: null, failure: String(error instanceof Error ? error.message : error) });
    }
  };

  return (
    <section className={styles.root} aria-labelledby="blank-scoresheets">
      <Subtitle2 id="blank-scoresheets" as="h3">
        {s.blankTitle}
      </Subtitle2>
      <Caption1>{fillLabel(s.blankWhat, { units: result.units.length })}</Caption1>
      <BlockNameYear />
      <div className={styles.row}>
        <Field label={s.blankDeadline}>
          <Input type="date" value={deadline} onChange={(_, d) => setDeadline(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        {/* Optional at this step: the primary action is the way on (Tiếp theo: Kiểm tra). */}
        <Button disabled={state.busy} onClick={() => void make()}>
          {s.blankMake}
        </Button>
      </div>
      {props.insideExcel && <Caption1>{s.blankInsideExcel}</Caption1>}
      {state.done !== null && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{fillLabel(s.blankDone, { n: state.done })}</MessageBarBody>
        </MessageBar>
      )}
      {state.failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{state.failure}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
