/**
 * Data validation of a cell, as Excel knows it: a decimal between `min` and
 * `max` (inclusive), or one of a list of values (a drop-down). Blanks are
 * allowed. `errorStyle` says what happens to other input: `stop` refuses it,
 * `warning` asks, `information` only tells. Excel's limits: titles ≤ 32
 * characters, messages ≤ 255, a list's joined text ≤ 255.
 */
export type CellValidation = DecimalValidation | ListValidation;

interface ValidationMessages {
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly errorStyle: "stop" | "warning" | "information";
  readonly error?: { readonly title: string; readonly message: string };
}

export interface DecimalValidation extends ValidationMessages {
  readonly kind: "decimal";
  readonly min: number;
  readonly max: number;
}

export interface ListValidation extends ValidationMessages {
  readonly kind: "list";
  /** The drop-down's entries, in order (`Đồng ý`, `Không đồng ý`; `4`, `3`, `2`, `0`). */
  readonly values: readonly (string | number)[];
}
