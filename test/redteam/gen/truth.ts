/**
 * What the red team expects the engine to report, issue by issue, by SPEC
 * §3's definitions. A field left out is not asserted.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { ExpectedIssue } from "../../support/oracle";
import { type SheetModel, workbookBytes } from "./sheet";

const WARNINGS = new Set([
  "MAX_MISMATCH",
  "SUBTOTAL_MISMATCH",
  "SELF_SCORE_IN_CROSS",
  "SCORESHEET_MISSING",
  "CRITERIA_MAX_MISMATCH",
  "NOMINATION_TIE",
]);

export class Truth {
  readonly issues: ExpectedIssue[] = [];
  constructor(readonly dir: string) {}

  /** Expects an issue; the severity follows from the code unless given (LAYOUT_UNRECOGNIZED). */
  expect(issue: ExpectedIssue & { code: string }): void {
    this.issues.push({ severity: WARNINGS.has(issue.code) ? "warning" : "error", ...issue });
  }

  /** SCORESHEET_MISSING for every scorer→ratee pair of `pairs`. */
  missing(pairs: readonly (readonly [string, string])[]): void {
    for (const [scorer, ratee] of pairs) this.expect({ code: "SCORESHEET_MISSING", scorer, ratee });
  }

  async write(file: string, sheets: readonly SheetModel[]): Promise<string> {
    writeFileSync(path.join(this.dir, file), await workbookBytes({ sheets }));
    return file;
  }

  writeRaw(file: string, bytes: Uint8Array | string): string {
    writeFileSync(path.join(this.dir, file), bytes);
    return file;
  }
}
