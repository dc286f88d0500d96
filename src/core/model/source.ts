/** Where a value came from: what makes every number traceable. */
export interface SourceRef {
  /** The file's base name, e.g. `hoi-luat-gia.xlsx`. */
  readonly file: string;
  readonly sheet?: string;
  /** A1 address, e.g. `E14`. */
  readonly cell?: string;
}
