/**
 * The tally sheet the officer fills at the meeting (SPEC §5.1, `tdVotes` of
 * §6), written as data for a WorkbookSink; reading it back is `core/vote`'s,
 * so what the officer fills is what the vote reads.
 */
import { WORDS as RESULT_WORDS } from "./columns";
import { printable } from "./print-setup";
import type { Lang } from "../core/i18n/lang";
import type { BlockSettings } from "../core/model/block";
import type { CellValue } from "../core/model/grid";
import { isCellError } from "../core/model/grid";
import type { Nomination } from "../core/model/result";
import { type KeptMarks, proposalKey } from "../core/vote/kept-marks";
import { MARK_WORDS } from "../core/vote/marks";
import { proposalLabel } from "../core/vote/proposal-match";
import { sheetName } from "./sheet-names";
import type { OutputCell, SheetSpec } from "./ports/sink";

const WORDS = {
  vi: {
    voter: "Đơn vị bỏ phiếu",
    title: "KẾT QUẢ BỎ PHIẾU SUY TÔN",
    howTo: (rule: string) =>
      `Mỗi ô: chọn Đồng ý hoặc Không đồng ý (gõ x, 1, ✓ hay 0, - cũng được); ô để trống là chưa bỏ phiếu, không tính là đồng ý. Đề nghị được thông qua khi số phiếu đồng ý ${rule}. Xong thì bấm Kiểm phiếu.`,
    above: (percent: string) => `trên ${percent} số phiếu`,
    atLeast: (percent: string) => `từ ${percent} số phiếu trở lên`,
    prompt: { title: "Phiếu bầu", message: "Chọn Đồng ý hoặc Không đồng ý; để trống nếu đơn vị chưa bỏ phiếu." },
    error: { title: "Không phải phiếu hợp lệ", message: "Ô này nên là Đồng ý hoặc Không đồng ý (hoặc x, 1, ✓ / 0, -). Bạn vẫn muốn nhập giá trị này?" },
  },
  en: {
    voter: "Voter",
    title: "RESULTS OF THE VOTE",
    howTo: (rule: string) =>
      `In each cell choose Agree or Disagree (x, 1, ✓ or 0, - also count); a blank cell is a vote not cast and does not agree. A proposal passes with ${rule} in favour. Then click Count the votes.`,
    above: (percent: string) => `more than ${percent} of the votes`,
    atLeast: (percent: string) => `at least ${percent} of the votes`,
    prompt: { title: "Vote", message: "Choose Agree or Disagree; leave blank if the unit has not voted." },
    error: { title: "Not a valid vote", message: "This cell should be Agree or Disagree (or x, 1, ✓ / 0, -). Enter this value anyway?" },
  },
} as const;

export interface VoteSheetInput {
  /** The block's name and year, where known, name the block in the sheet's print title. */
  readonly settings: Pick<BlockSettings, "voteThreshold" | "voteRule"> & Partial<Pick<BlockSettings, "blockName" | "year">>;
  readonly nominations: readonly Nomination[];
  /** One row each: the roster's units, or the delegates present. */
  readonly voters: readonly string[];
  /** Marks already typed (our tally read back), kept where voter and proposal are still there. */
  readonly kept?: KeptMarks;
}

/** A kept mark as a cell we write: text stays text, never a formula. */
function markCell(value: CellValue | undefined): OutputCell {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return value;
}

export function voteSheet(input: VoteSheetInput, lang: Lang): SheetSpec {
  const w = WORDS[lang];
  const marks = MARK_WORDS[lang];
  const percent = `${Math.round(input.settings.voteThreshold * 1000) / 10}%`.replace(".", lang === "vi" ? "," : ".");
  const rule = input.settings.voteRule === "at-least" ? w.atLeast(percent) : w.above(percent);
  const blockLine = RESULT_WORDS[lang].titles.block(input.settings.blockName?.trim() ?? "", input.settings.year ?? null);
  return printable({
    name: sheetName("tdVotes", lang),
    active: true,
    titleLines: [w.title, w.howTo(rule)],
    table: {
      name: "tdVotes",
      columns: [
        { header: w.voter, width: 42 },
        ...input.nominations.map((n) => ({
          header: proposalLabel(n),
          width: 22,
          wrap: true,
          validation: { kind: "list" as const, values: [marks.for, marks.against], prompt: w.prompt, errorStyle: "warning" as const, error: w.error },
        })),
      ],
      rows: input.voters.map((voter) => [voter, ...input.nominations.map((n) => markCell(input.kept?.get(voter)?.get(proposalKey(n))))]),
    },
  }, blockLine);
}
