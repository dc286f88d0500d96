import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  makeStyles,
  Option,
  ProgressBar,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ColumnSpec, OutputCell, SheetSpec } from "../../workbook/ports/sink";
import type { Lang } from "../../core/i18n/lang";
import { AveragesChart } from "../components/AveragesChart";
import { PagePreview } from "../components/PagePreview";
import { saveFile } from "../components/save-file";
import { numberFormat } from "../i18n/format";
import { fillLabel } from "../i18n/strings";
import { useStrings } from "../i18n/useStrings";
import { useSession } from "../session/context";
import type { MemoryWorkbook } from "../../xlsx/memory-workbook";

const ROW_LIMIT = 300;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  // The sheet's table scrolls inside its own box: the pane itself never scrolls sideways.
  scroll: { overflow: "auto", maxHeight: "60vh", maxWidth: "100%" },
  // A Dropdown's own minimum width (250 px) plus the pane's padding is wider than a 320 px pane.
  choice: { minWidth: 0, width: "100%", maxWidth: "100%" },
  optionRows: { color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, textAlign: "start", padding: tokens.spacingHorizontalXS, whiteSpace: "nowrap" },
  // Words wrap whole; a code or a path with no space breaks only where it must (break-word, not anywhere: never mid-word while a space is left).
  td: { padding: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top", maxWidth: "24em", overflowWrap: "break-word" },
  writing: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  // The whole window for a wide table (Kiểm tra, Điểm chấm): Fluent's dialog is 600 px at most by default.
  wide: { width: "calc(100vw - 16px)", maxWidth: "calc(100vw - 16px)", maxHeight: "calc(100vh - 16px)", padding: tokens.spacingHorizontalM },
  wideContent: { overflow: "auto", maxHeight: "calc(100vh - 140px)" },
  focus: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}` },
});

function cellText(cell: OutputCell, lang: Lang, decimals: number): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.text;
  if (typeof cell === "number") return numberFormat(lang, 0, decimals).format(cell);
  return String(cell);
}

/** The drop-down's marks of a tally column, null for the voters' column. */
function markValues(column: ColumnSpec | undefined): string[] | null {
  return column?.validation?.kind === "list" ? column.validation.values.map(String) : null;
}

/**
 * A mark of the preview's tally (SPEC §5.1), picked as from Excel's
 * drop-down; a mark typed otherwise (a file's `x`, a typo) stays shown.
 */
function MarkSelect(props: { value: string; marks: readonly string[]; label: string; blank: string; onChange: (mark: string | null) => void }) {
  const options = props.value !== "" && !props.marks.includes(props.value) ? [...props.marks, props.value] : props.marks;
  return (
    <Select size="small" aria-label={props.label} value={props.value} onChange={(_, d) => props.onChange(d.value === "" ? null : d.value)}>
      <option value="">{props.blank}</option>
      {options.map((mark) => (
        <option key={mark} value={mark}>
          {mark}
        </option>
      ))}
    </Select>
  );
}

/** From an issue's row of Kiểm tra back to its card in step 2 (CheckStep's `issue-<row>`), where the officer came from. */
function backToIssue(row: number): void {
  const card = document.getElementById(`issue-${row}`);
  card?.scrollIntoView?.({ block: "center" });
  card?.focus();
}

/** Option values of pages, apart from the sheets' table names. */
const PAGE_TAB = "page:";

/** The preview's workbook: our sheets as tables and our pages as grids, one at a time, chosen in a menu; and the download of the `.xlsx`. */
export function PreviewSheets(props: { workbook: MemoryWorkbook }) {
  const s = useStrings();
  const styles = useStyles();
  const { session, state } = useSession();
  const sheets = state.sheets.length > 0 ? props.workbook.getSheets() : [];
  const pages = props.workbook.getPages();
  const [chosen, setChosen] = useState<string | null>(null);
  const [writing, setWriting] = useState<{ readonly stop: AbortController; readonly done: number; readonly total: number } | null>(null);
  const [wide, setWide] = useState(false);
  const focusRow = useRef<HTMLTableRowElement>(null);
  const focus = state.focus;
  const focusSheet = focus ? sheets.find((sh) => sh.table.name === focus.table) : undefined;
  const [followed, setFollowed] = useState(focus);
  // A clicked issue switches to its sheet (once per click); new sheets written show the one the workbook opens on, as Excel does.
  const [written, setWritten] = useState(state.sheets);
  if (state.sheets !== written) {
    setWritten(state.sheets);
    setChosen(null);
  }
  if (focus !== followed) {
    setFollowed(focus);
    if (focusSheet) setChosen(focusSheet.table.name);
  }
  useEffect(() => {
    focusRow.current?.scrollIntoView?.({ block: "nearest" });
  }, [focus, chosen]);

  if (sheets.length === 0 && pages.length === 0) return null;
  const activePage = props.workbook.getActivePage();
  const pageTab = chosen?.startsWith(PAGE_TAB) ? chosen.slice(PAGE_TAB.length) : chosen === null && activePage !== null ? activePage : null;
  const currentPage = pageTab !== null ? pages.find((p) => p.name === pageTab) : sheets.length === 0 ? pages[0] : undefined;
  const current: SheetSpec | undefined = sheets.find((sh) => sh.table.name === chosen) ?? sheets.find((sh) => sh.active) ?? sheets[0];
  const selected = currentPage ? `${PAGE_TAB}${currentPage.name}` : (current?.table.name ?? "");
  const table = current?.table;
  const highlighted = focus && focus.table === table?.name ? focus.row : -1;
  const shown = Math.max(ROW_LIMIT, highlighted + 1);
  const rows = table?.rows.slice(0, shown) ?? [];
  // The tally's marks by column, read once for the table rather than twice a cell.
  const marks = table?.name === "tdVotes" ? table.columns.map(markValues) : [];

  // The sheets and pages as a menu, each with what it holds: 16 tabs never fit a task pane.
  const choices = [
    ...sheets.map((sh) => ({ value: sh.table.name, name: sh.name, detail: `(${fillLabel(s.sheetRows, { rows: sh.table.rows.length })})` })),
    ...pages.map((page) => ({ value: `${PAGE_TAB}${page.name}`, name: page.name, detail: `(${s.pageToPrint})` })),
  ];

  const download = async () => {
    // Written in the pane's worker (issue 24): the page stays live, with the rows written so far and a way to stop.
    const stop = new AbortController();
    setWriting({ stop, done: 0, total: 0 });
    try {
      saveFile(await props.workbook.toBlob({ signal: stop.signal, onProgress: (done, total) => setWriting((w) => (w?.stop === stop ? { stop, done, total } : w)) }), s.resultFile);
    } catch (error) {
      // Stopped: nothing downloaded, nothing changed; a fault of ours is said, as the steps do.
      if (!stop.signal.aborted) session.reportFailure(String(error));
    } finally {
      setWriting((w) => (w?.stop === stop ? null : w));
    }
  };

  // The sheet's table, in its box in the pane or over the whole window; only the pane's copy is the row Đến ô marks and scrolls to.
  const tableView = (inDialog: boolean) =>
    table && current ? (
      <table className={styles.table} data-table={inDialog ? undefined : table.name}>
        <caption style={{ textAlign: "start" }}>{current.name}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={styles.th}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} ref={r === highlighted && !inDialog ? focusRow : undefined} className={r === highlighted ? styles.focus : undefined} aria-current={r === highlighted ? "true" : undefined}>
              {row.map((cell, c) => (
                <td key={c} className={styles.td} style={{ minWidth: `${Math.min(table.columns[c]?.width ?? 10, 40) * 0.45}em` }}>
                  {marks[c] ? (
                    <MarkSelect
                      value={cellText(cell, state.settings.lang, state.settings.rounding)}
                      marks={marks[c]}
                      label={fillLabel(s.markCell, { voter: cellText(row[0] ?? null, state.settings.lang, 0), proposal: table.columns[c]?.header ?? "" })}
                      blank={s.markBlank}
                      onChange={(mark) => void session.setMark(r, c, mark)}
                    />
                  ) : (
                    cellText(cell, state.settings.lang, state.settings.rounding)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ) : null;

  return (
    <section className={styles.root} aria-labelledby="preview-sheets">
      <Subtitle2 as="h2" id="preview-sheets">
        {s.previewSheets}
      </Subtitle2>
      <div>
        <Button appearance="primary" disabled={writing !== null} onClick={() => void download()}>
          {s.download}
        </Button>
      </div>
      {writing && (
        <div className={styles.writing}>
          <ProgressBar value={writing.total > 0 ? writing.done / writing.total : undefined} max={1} aria-label={s.downloadWriting} />
          <Caption1>{s.downloadWriting}</Caption1>
          <div>
            <Button size="small" onClick={() => writing.stop.abort()}>
              {s.downloadStop}
            </Button>
          </div>
        </div>
      )}
      <Field label={s.previewSheetChoice}>
        <Dropdown
          className={styles.choice}
          value={choices.find((c) => c.value === selected)?.name ?? ""}
          selectedOptions={[selected]}
          onOptionSelect={(_, d) => d.optionValue !== undefined && setChosen(d.optionValue)}
        >
          {choices.map((c) => (
            <Option key={c.value} value={c.value} text={c.name}>
              {c.name} <span className={styles.optionRows}>{c.detail}</span>
            </Option>
          ))}
        </Dropdown>
      </Field>
      {focus?.table === "tdIssues" && table?.name === "tdIssues" && !currentPage && (
        <div>
          <Button size="small" appearance="secondary" onClick={() => backToIssue(focus.row)}>
            {s.backToIssue}
          </Button>
        </div>
      )}
      {currentPage && <PagePreview page={currentPage} lang={state.settings.lang} />}
      {!currentPage && current && table && (
        <>
      {current.chart && <AveragesChart sheet={current} lang={state.settings.lang} decimals={state.settings.rounding} />}
      <div>
        <Button size="small" appearance="secondary" onClick={() => setWide(true)}>
          {s.openWide}
        </Button>
      </div>
      <div className={styles.scroll} role="region" aria-label={current.name} tabIndex={0}>
        {tableView(false)}
      </div>
      <Dialog open={wide} onOpenChange={(_, d) => setWide(d.open)}>
        <DialogSurface className={styles.wide}>
          <DialogBody>
            <DialogTitle>{current.name}</DialogTitle>
            <DialogContent className={styles.wideContent}>{tableView(true)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setWide(false)}>
                {s.close}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {table.rows.length > rows.length && <Caption1>{fillLabel(s.rowsShown, { shown: rows.length, total: table.rows.length })}</Caption1>}
        </>
      )}
    </section>
  );
}
