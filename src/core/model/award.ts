/**
 * *Danh hiệu / hình thức khen thưởng*: an award the block proposes units for,
 * e.g. *Cờ thi đua của Chính phủ* (the Government's emulation flag). Awards
 * are listed highest first; quotas and thresholds are the block's settings,
 * never constants, because provinces and ministries change them.
 */
export interface Award {
  /** Stable id, e.g. `co-thi-dua-chinh-phu`. */
  readonly id: string;
  readonly name: string;
  /** A count, or a percentage of the ranked units (rounded down) such as `"30%"`. */
  readonly quota: number | `${number}%`;
  /** Other names a roster's registration may use (*Cờ CP*, *Cờ tỉnh*). */
  readonly aliases: readonly string[];
  readonly minAverage?: number;
  readonly requiresRegistration: boolean;
}
