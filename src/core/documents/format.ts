/**
 * Numbers, shares and dates as Vietnamese documents write them: a comma for
 * the decimal mark (97,44), a dot between thousands (1.250), a percent with
 * one decimal (66,7%), and the date line of Decree 30/2020/NĐ-CP (*ngày 05
 * tháng 01 năm 2023*: a day below 10 and the months 1 and 2 take a leading 0,
 * so the date cannot be altered by hand).
 */

/** `97.4425`, 2 → `97,44`; `1250`, 0 → `1.250`. */
export function viNumber(value: number, decimals: number): string {
  const fixed = value.toFixed(Math.max(0, Math.min(10, Math.round(decimals))));
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** `0.6667` → `66,7%`; a whole percent loses its decimal: `0.5` → `50%`. */
export function viPercent(share: number): string {
  const percent = Math.round(share * 1000) / 10;
  return `${Number.isInteger(percent) ? viNumber(percent, 0) : viNumber(percent, 1)}%`;
}

/** `2022-12-29` → `29/12/2022`. */
export function viShortDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** `2023-01-05` → `ngày 05 tháng 01 năm 2023`; `2022-12-29` → `ngày 29 tháng 12 năm 2022`. */
export function viLongDate(iso: string): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  const month = Number(m);
  return `ngày ${d.padStart(2, "0")} tháng ${month <= 2 ? String(month).padStart(2, "0") : String(month)} năm ${y}`;
}
