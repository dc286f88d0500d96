/**
 * What a criteria table's rows say besides criteria, shared by the reader of
 * the leader's table and the reader of the members' copies, so both take
 * the same rows for totals.
 */

/** A grand total's label, normalised: *Tổng cộng*, *Tổng số điểm*, *Tổng I*. */
export const GRAND_TOTAL = /^(tong cong|tong so diem|tong diem)( |$)|^tong( so)?( ([ivx]+|\d+|muc|phan))*$/;
/** A subtotal's label, normalised: *Cộng*, *Cộng mục II*, *Cộng phần 1*. */
const SUBTOTAL = /^cong( (diem|muc|phan|tieu muc|[ivx]+|\d+))*$/;

export const isTotalLabel = (label: string): boolean => GRAND_TOTAL.test(label) || SUBTOTAL.test(label);
