import type { CellStyle, PageCell, PageRange, PageValue } from "../ports/page";

/**
 * Rows of a printed page written top to bottom, for the built-in documents:
 * a line merged across columns, or a row of cells, each optionally styled.
 * Rows and columns are 1-based, as in the page port.
 */
export class PageBuilder {
  readonly cells: PageCell[] = [];
  readonly merges: PageRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  private row = 0;

  constructor(readonly columns: number) {}

  get lastRow(): number {
    return this.row;
  }

  /** One text over columns `from`…`to` (the whole width by default). */
  line(value: PageValue, style: CellStyle = {}, from = 1, to = this.columns): this {
    this.row++;
    this.put(this.row, value, style, from, to);
    return this;
  }

  /** Several pieces on one row, each over its own columns. */
  pieces(...parts: readonly Piece[]): this {
    this.row++;
    for (const p of parts) this.put(this.row, p.value, p.style ?? {}, p.from, p.to ?? p.from);
    return this;
  }

  /** A blank row `height` points tall. */
  gap(height = 8): this {
    this.row++;
    this.rowHeights[this.row] = height;
    return this;
  }

  /**
   * A table row: one cell per column, each with the column's style. With
   * `lastSpansTo`, the last value is merged across to that column (the blank
   * cells under the merge keep its style, so their borders print).
   */
  cellsRow(values: readonly PageValue[], styles: readonly CellStyle[], lastSpansTo?: number): this {
    this.row++;
    values.forEach((value, i) => this.cells.push({ row: this.row, column: i + 1, value, style: styles[i] ?? {} }));
    if (lastSpansTo !== undefined && lastSpansTo > values.length) {
      const style = styles[values.length - 1] ?? {};
      for (let column = values.length + 1; column <= lastSpansTo; column++) this.cells.push({ row: this.row, column, value: "", style });
      this.merges.push({ top: this.row, left: values.length, bottom: this.row, right: lastSpansTo });
    }
    return this;
  }

  /** A table row whose cells each span their own columns (merged where wider than one), borders printed under the merges. */
  spannedRow(values: readonly PageValue[], styles: readonly CellStyle[], spans: readonly { readonly from: number; readonly to: number }[]): this {
    this.row++;
    values.forEach((value, i) => {
      const span = spans[i] as { from: number; to: number };
      const style = styles[i] ?? {};
      this.cells.push({ row: this.row, column: span.from, value, style });
      for (let column = span.from + 1; column <= span.to; column++) this.cells.push({ row: this.row, column, value: "", style });
      if (span.to > span.from) this.merges.push({ top: this.row, left: span.from, bottom: this.row, right: span.to });
    });
    return this;
  }

  private put(row: number, value: PageValue, style: CellStyle, from: number, to: number): void {
    this.cells.push({ row, column: from, value, style });
    if (to > from) this.merges.push({ top: row, left: from, bottom: row, right: to });
  }
}

export interface Piece {
  readonly value: PageValue;
  readonly from: number;
  readonly to?: number;
  readonly style?: CellStyle;
}
