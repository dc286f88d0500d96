import type { SourceRef } from "./source";

/**
 * A member of the block: *đơn vị (thành viên)*, e.g. *Hội Chữ thập đỏ tỉnh*
 * or a province's *Sở Nội vụ*. The block itself is a *khối thi đua* (bodies
 * of one province) or a *cụm thi đua* (bodies of several provinces).
 */
export interface Unit {
  /** The roster's name; every output uses this spelling. */
  readonly name: string;
  /** *Tên viết tắt / Tên gọi khác*: short names scorers may write instead. */
  readonly aliases: readonly string[];
  /**
   * *Đăng ký thi đua*: the highest award the unit registered for at the start
   * of the year, as written in the roster (matched to an `Award` later).
   */
  readonly registration?: string;
  /** *Trưởng khối* (leader) or *Phó trưởng khối* (deputy); roles rotate yearly. */
  readonly role?: UnitRole;
  readonly source?: SourceRef;
}

export type UnitRole = "leader" | "deputy";
