import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/lang";
import { chartPoints, type SheetSpec } from "../../workbook/ports/sink";
import { formatScore, numberFormat } from "../i18n/format";
import { axisStart } from "./axis-start";
import { fillLabel } from "../i18n/strings";
import { useStrings } from "../i18n/useStrings";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  label: { overflowWrap: "break-word", fontSize: tokens.fontSizeBase200 },
  track: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  bar: { height: "10px", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall, minWidth: "1px" },
  value: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  axis: { color: tokens.colorNeutralForeground3, margin: 0 },
});


/**
 * The chart of a sheet (the averages by unit on Tổng hợp) as the preview
 * shows it: one bar per row of the sheet's table, in its order (rank 1 on
 * top, as in the Excel chart), from zero, with the value written beside.
 * Plain HTML, so it reads as a list to a screen reader and fits a 320 px pane.
 */
export function AveragesChart({ sheet, lang, decimals }: { sheet: SheetSpec; lang: Lang; decimals: number }) {
  const styles = useStyles();
  const s = useStrings();
  const chart = sheet.chart;
  if (!chart) return null;
  const bars = chartPoints(sheet.table, chart);
  const values = bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  const top = Math.max(0, ...values);
  const start = axisStart(values);
  // The lowest bar keeps a sliver (4 %), so no unit with an average looks like one without.
  const width = (value: number) => (top > start ? 4 + ((value - start) / (top - start)) * 76 : 0);
  return (
    <figure className={styles.figure} data-chart={sheet.table.name}>
      <Caption1 as="p" className={styles.caption}>
        {chart.title}
      </Caption1>
      <Caption1 as="p" className={styles.axis} data-axis-start={start}>
        {start === 0 ? s.chartFromZero : fillLabel(s.chartFrom, { start: numberFormat(lang, 0, 2).format(start) })}
      </Caption1>
      <ul className={styles.list} aria-label={chart.title}>
        {bars.map((b, i) => (
          <li key={i}>
            <div className={styles.label}>{b.label}</div>
            <div className={styles.track}>
              {b.value !== null && <div className={styles.bar} style={{ width: `${width(b.value)}%` }} aria-hidden="true" />}
              <span className={styles.value}>{formatScore(b.value, lang, decimals)}</span>
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
