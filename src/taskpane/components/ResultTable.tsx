import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  th: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: "nowrap",
  },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  highlight: { backgroundColor: tokens.colorPaletteYellowBackground2 },
});

export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly numeric?: boolean;
}

/** A plain accessible table: caption, column headers, one row per item; every cell rendered as React text. */
export function ResultTable<T>(props: { caption: string; columns: readonly Column<T>[]; rows: readonly T[]; rowKey: (row: T, i: number) => string; highlight?: (row: T) => boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? `${styles.th} ${styles.num}` : styles.th}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => (
            <tr key={props.rowKey(row, i)} className={props.highlight?.(row) ? styles.highlight : undefined}>
              {props.columns.map((c) => (
                <td key={c.header} className={c.numeric ? `${styles.td} ${styles.num}` : styles.td}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
