/**
 * The headings of a tally (*bảng kiểm phiếu*, SPEC §5.1), normalised as §2
 * matches labels. Beyond the spec's voter labels: the ways officers also
 * head the two axes, and the columns a tally carries besides the votes.
 */
import type { CellValue } from "../model/grid";
import { labelForms, labelIs } from "../read/criteria/criteria-header";

/** Labels that say the column (or row) lists who votes. */
const VOTER_LABELS: ReadonlySet<string> = new Set([
  "don vi bo phieu",
  "nguoi bo phieu",
  "dai bieu",
  "thanh vien",
  "don vi thanh vien",
  "ten don vi bo phieu",
  "ten dai bieu",
  "ho va ten",
  "ho ten",
  "ho va ten dai bieu",
  "dai bieu du hop",
  "don vi du hop",
  "ten don vi thanh vien",
  "voter",
  "voters",
]);

/** Labels that fit either axis: the orientation is then read from the names. */
const EITHER_LABELS: ReadonlySet<string> = new Set(["don vi", "ten don vi"]);

/** Labels that say the column (or row) lists the proposals: the transposed form. */
const PROPOSAL_LABELS: ReadonlySet<string> = new Set([
  "don vi duoc de nghi",
  "ten don vi duoc de nghi",
  "don vi de nghi",
  "de nghi",
  "danh sach de nghi",
  "de nghi khen thuong",
  "don vi duoc suy ton",
  "don vi duoc bau",
  "noi dung",
  "noi dung bieu quyet",
  "noi dung bo phieu",
  "proposal",
  "proposals",
]);

/** Columns (or rows) beside the votes: numbering, notes, signatures, totals. Never votes, never reported. */
const OTHER_LABELS: ReadonlySet<string> = new Set([
  "stt",
  "tt",
  "so tt",
  "so thu tu",
  "ma",
  "ghi chu",
  "chu ky",
  "ky ten",
  "ky xac nhan",
  "danh hieu",
  "danh hieu de nghi",
  "hinh thuc khen thuong",
  "hinh thuc",
  "tong",
  "tong cong",
  "tong so",
  "cong",
  "tong so phieu",
  "so phieu",
  "so phieu dong y",
  "so phieu khong dong y",
  "dong y",
  "khong dong y",
  "ty le",
  "ty le dong y",
  "ket qua",
  "diem",
  "diem trung binh",
  "diem tb",
  "xep hang",
  "xep thu",
  "no",
  "note",
  "notes",
  "total",
]);

/** Rows under the ballots that end the table: totals, shares, the signatures. */
const END_ROW = /^(tong|cong|so phieu|ty le|ket qua|nguoi (lap|kiem|ghi)|truong ban|thu ky|chu tri|tm|total)( |$)/;

export type AxisLabel = "voters" | "proposals" | "either";

/** What a header cell says its axis holds, if it is one of the labels above. */
export function axisLabel(value: CellValue): AxisLabel | null {
  if (labelIs(value, VOTER_LABELS)) return "voters";
  if (labelIs(value, PROPOSAL_LABELS)) return "proposals";
  if (labelIs(value, EITHER_LABELS)) return "either";
  return null;
}

export function isOtherLabel(value: CellValue): boolean {
  return labelIs(value, OTHER_LABELS);
}

/** A label that ends the table (when it names no unit). */
export function isEndLabel(value: CellValue): boolean {
  return labelForms(value).some((form) => END_ROW.test(form));
}
