import type { Award } from "./award";
import type { BlockSettings } from "./block";

/** SPEC §5 defaults; a block replaces them in its settings or with `--awards`. */
export const DEFAULT_AWARDS: readonly Award[] = [
  {
    id: "co-thi-dua-chinh-phu",
    name: "Cờ thi đua của Chính phủ",
    quota: 1,
    aliases: ["Cờ thi đua Chính phủ", "Cờ CP", "Cờ Chính phủ"],
    requiresRegistration: true,
  },
  {
    id: "co-thi-dua-ubnd-tinh",
    name: "Cờ thi đua của UBND tỉnh",
    quota: 1,
    aliases: ["Cờ thi đua UBND tỉnh", "Cờ tỉnh", "Cờ UBND"],
    requiresRegistration: true,
  },
  {
    id: "bang-khen-ubnd-tinh",
    name: "Bằng khen của Chủ tịch UBND tỉnh",
    quota: 2,
    aliases: ["Bằng khen", "Bằng khen UBND tỉnh"],
    requiresRegistration: true,
  },
];

export const DEFAULT_SETTINGS: BlockSettings = {
  blockName: "",
  year: null,
  method: "mean",
  trim: 1,
  rounding: 2,
  awards: DEFAULT_AWARDS,
  voteThreshold: 0.5,
  voteRule: "above",
};
