import type { AverageMethod } from "../model/block";
import type { VoteRule } from "../model/vote";
import { viPercent } from "./format";

/** `phuong_phap`: SPEC §4's method as the minutes write it. */
export function methodInWords(method: AverageMethod, trim: number): string {
  const base = "trung bình cộng điểm chấm chéo của các đơn vị thành viên (không tính điểm tự chấm)";
  return method === "trimmed" && trim > 0
    ? `${base}, sau khi loại ${trim} điểm cao nhất và ${trim} điểm thấp nhất của mỗi đơn vị (khi còn ít nhất ${2 * trim + 1} phiếu)`
    : base;
}

/** `nguong_bieu_quyet`: *trên 50% tổng số phiếu*, *từ 2/3 tổng số phiếu trở lên*. */
export function thresholdInWords(threshold: number, rule: VoteRule): string {
  const share = fraction(threshold) ?? viPercent(threshold);
  return rule === "at-least" ? `từ ${share} tổng số phiếu trở lên` : `trên ${share} tổng số phiếu`;
}

/** The thresholds blocks write as fractions (2/3 is not 66,7%: 66,7% of 9 voters would differ). */
function fraction(threshold: number): string | undefined {
  const known: [number, string][] = [
    [2 / 3, "2/3"],
    [3 / 4, "3/4"],
    [1 / 3, "1/3"],
  ];
  return known.find(([value]) => Math.abs(value - threshold) < 1e-3)?.[1];
}

/** `de_nghi_khong_dat`: the proposals the vote turned down, with their votes; *không có* when none was. */
export function turnedDownInWords(proposals: readonly { unit: string; awardName: string; votesFor: number; voters: number }[]): string {
  if (proposals.length === 0) return "không có";
  return proposals.map((p) => `${p.unit} (${p.awardName}), ${p.votesFor}/${p.voters} phiếu đồng ý (${viPercent(p.voters > 0 ? p.votesFor / p.voters : 0)})`).join("; ");
}

/** `noi_nhan`: the recipients as the *Nơi nhận* block lists them, one a line: `- X;` and the last `- Y.` */
export function recipientLines(recipients: readonly string[]): string {
  const clean = recipients.map((r) => r.trim().replace(/^[-–•]\s*/, "").replace(/[;.,]+$/, "")).filter((r) => r !== "");
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? "." : ";"}`).join("\n");
}
