/** The Yên Bái block ranked so that its proposals hold a tie for Bằng khen: what the vote tests count against. */
import { DEFAULT_SETTINGS } from "../../../src/core/model/defaults";
import type { Grid } from "../../../src/core/model/grid";
import type { Ranking, UnitResult } from "../../../src/core/model/result";
import type { Unit } from "../../../src/core/model/unit";
import { proposeAwards } from "../../../src/core/nominate/propose-awards";
import { voteOnProposals, type VoteOutcome } from "../../../src/core/vote/vote-on-proposals";
import { readWorkbook } from "../../../src/xlsx/read/read-workbook";
import { YEN_BAI_UNITS } from "../../fixtures/builder";

export const UNITS: Unit[] = YEN_BAI_UNITS.map((u) => ({ name: u.name, aliases: [...u.aliases], ...(u.registration ? { registration: u.registration } : {}) }));

/** Ranks by the order given; equal averages share a rank. */
export function rankingOf(rows: readonly (readonly [string, number])[]): Ranking {
  const units: UnitResult[] = rows.map(([unit, average]) => ({
    unit,
    average,
    rank: rows.filter(([, a]) => a > average).length + 1,
    scorers: 10,
    excluded: 0,
    selfScore: null,
    gap: null,
    totalsByScorer: new Map(),
    criterionAverages: new Map(),
  }));
  return { method: "mean", trim: 1, units, scorers: [], blockMean: null, agreement: { w: null, scorers: 0, units: 0 } };
}

/**
 * CTĐ for the Government's flag, LHH for the province's, Nhà báo for Bằng
 * khen, and VHNT and Người mù tied at Bằng khen's second place.
 */
export const RANKING = rankingOf([
  ["Hội Chữ thập đỏ tỉnh", 96],
  ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", 95],
  ["Hội Nhà báo tỉnh", 94],
  ["Hội Văn học nghệ thuật tỉnh", 93],
  ["Hội Người mù tỉnh", 93],
  ["Hội Luật gia tỉnh", 90],
  ["Hội Đông y tỉnh", 89],
  ["Hội Cựu thanh niên xung phong tỉnh", 88],
  ["Liên minh Hợp tác xã tỉnh", 87],
  ["Hội Khuyến học tỉnh", 86],
  ["Hội Nạn nhân chất độc da cam/dioxin tỉnh", 85],
]);

export const PROPOSALS = proposeAwards(RANKING, UNITS, DEFAULT_SETTINGS.awards);

export async function gridsOf(files: readonly { buffer: Uint8Array; fileName: string }[]): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const file of files) {
    const read = await readWorkbook(file.buffer, file.fileName);
    if (!read.ok) throw new Error(`unreadable ${file.fileName}`);
    grids.push(...read.grids);
  }
  return grids;
}

export function vote(grids: readonly Grid[], settings: Partial<typeof DEFAULT_SETTINGS> = {}): VoteOutcome {
  return voteOnProposals({ grids, units: UNITS, settings: { ...DEFAULT_SETTINGS, ...settings }, ranking: RANKING, proposals: PROPOSALS });
}
