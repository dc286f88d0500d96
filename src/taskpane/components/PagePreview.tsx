/**
 * A page (workbook/ports/page.ts) in the preview, as a grid of its cells: merged
 * areas span, the look (bold, italic, fill, borders, alignment, widths) kept
 * roughly, values as Excel would show them. Text from users' files is
 * rendered as text by React, never as markup.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { Lang } from "../../core/i18n/lang";
import type { CellStyle, PageSheetSpec, PageValue } from "../../workbook/ports/page";
import { pageExtent, resolvePageCells, type ResolvedCell } from "../../workbook/page-layout";
import { numberFormat } from "../i18n/format";

/** Rows shown at most: a page is a form or a document, not a data table. */
const ROW_LIMIT = 400;

const useStyles = makeStyles({
  scroll: { overflow: "auto", maxHeight: "60vh", maxWidth: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  td: { padding: `0 ${tokens.spacingHorizontalXXS}`, verticalAlign: "bottom", overflow: "hidden", whiteSpace: "nowrap" },
});

export function PagePreview(props: { page: PageSheetSpec; lang: Lang }) {
  const styles = useStyles();
  const { page, lang } = props;
  const extent = pageExtent(page);
  const rows = Math.min(extent.rows, ROW_LIMIT);
  const byKey = new Map(resolvePageCells(page).map((cell) => [`${cell.row},${cell.column}`, cell]));
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of page.merges ?? []) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const columns = Array.from({ length: extent.columns }, (_, i) => i + 1);
  return (
    <div className={styles.scroll} role="region" aria-label={page.name} tabIndex={0}>
      <table className={styles.table} data-page={page.name}>
        <caption style={{ textAlign: "start" }}>{page.name}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c} style={{ width: `${(page.columnWidths?.[c] ?? 8.43) * 0.6}em` }} />
          ))}
        </colgroup>
        <tbody>
          {Array.from({ length: rows }, (_, i) => i + 1).map((r) => (
            <tr key={r} style={page.rowHeights?.[r] ? { height: `${page.rowHeights[r]}pt` } : undefined}>
              {columns.map((c) => {
                const key = `${r},${c}`;
                if (covered.has(key)) return null;
                const cell = byKey.get(key);
                return (
                  <td key={c} className={styles.td} {...spans.get(key)} style={cell ? cellCss(cell.style) : undefined}>
                    {cell ? shown(cell, lang) : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function shown(cell: ResolvedCell, lang: Lang): string {
  return valueText(cell.value, cell.style.numberFormat, lang);
}

function valueText(value: PageValue, format: string | undefined, lang: Lang): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    const decimals = /0\.(0+)/.exec(format ?? "")?.[1]?.length;
    return decimals === undefined ? numberFormat(lang, 0, 10).format(value) : numberFormat(lang, decimals, decimals).format(value);
  }
  if ("date" in value) {
    const [y, m, d] = value.date.split("-");
    return `${d}/${m}/${y}`;
  }
  return value.result === undefined ? "" : valueText(value.result, format, lang);
}

const BORDER_CSS = { thin: "1px solid", medium: "2px solid", dotted: "1px dotted", double: "3px double" } as const;

function cellCss(style: CellStyle): CSSProperties {
  const css: CSSProperties = {};
  const f = style.font;
  if (f?.bold) css.fontWeight = "bold";
  if (f?.italic) css.fontStyle = "italic";
  if (f?.underline) css.textDecoration = "underline";
  if (f?.color) css.color = f.color;
  if (f?.name) css.fontFamily = f.name;
  if (f?.size) css.fontSize = `${Math.round(f.size * 0.85)}pt`;
  if (style.fill) css.backgroundColor = style.fill;
  const b = style.border;
  if (b?.top) css.borderTop = BORDER_CSS[b.top];
  if (b?.bottom) css.borderBottom = BORDER_CSS[b.bottom];
  if (b?.left) css.borderLeft = BORDER_CSS[b.left];
  if (b?.right) css.borderRight = BORDER_CSS[b.right];
  if (style.horizontal) css.textAlign = style.horizontal;
  if (style.vertical) css.verticalAlign = style.vertical;
  if (style.wrap) css.whiteSpace = "pre-wrap";
  if (style.indent) css.paddingLeft = `${style.indent}em`;
  return css;
}
