import type { IssuePlace } from "../../check/make-issue";
import type { Tally } from "../read-tally";

/** An issue's place in a tally: its file, sheet and the cell. */
export function tallyPlace(tally: Pick<Tally, "file" | "sheet">, cell: string): IssuePlace {
  return { file: tally.file, sheet: tally.sheet, cell };
}
