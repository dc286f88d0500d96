/** What every part of the double shares: Office.js's error, the queued operation and its request, a loadable proxy, cell boxes. */
import { columnLetters, parseA1 } from "../../../src/core/model/address";
import { bytesOf, LOADED_OBJECT_BYTES } from "./limits";
import { FakeSheet } from "./sheet";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}


export interface RequestLog {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** What each operation was (`worksheets.add`, `range.values`…). */
  names: string[];
  /** Operations that wrote cells while events were on, or without calculation suspended. */
  writesWithEvents: number;
  writesWithCalculation: number;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

export interface Op {
  bytes: number;
  what: string;
  apply(state: ApplyState): void | Promise<void>;
}
export interface ApplyState {
  response: number;
  calcSuspended: boolean;
  log: RequestLog;
}



export class Loadable {
  protected loaded = new Map<string, unknown>();
  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new OfficeError("PropertyNotLoaded", `${this.constructor.name}.${property} was not loaded`);
    return this.loaded.get(property) as T;
  }
  /** @internal the fake fills what a load brought back. */
  fill(property: string, value: unknown, state: ApplyState): void {
    this.loaded.set(property, value);
    state.response += bytesOf(value) + property.length + LOADED_OBJECT_BYTES;
  }
}

export function props(spec: string | string[]): string[] {
  return (Array.isArray(spec) ? spec : spec.split(",")).map((p) => p.trim()).filter(Boolean);
}


export interface RangeTarget {
  sheet: FakeSheet;
  box: Box;
}

export function parseBox(address: string): Box {
  const ref = address.includes("!") ? (address.split("!").pop() as string) : address;
  const [a = "", b = a] = ref.split(":");
  const whole = /^\$?([A-Z]+)$/i;
  if (whole.test(a) && whole.test(b)) {
    const left = (parseA1(`${a.replace("$", "")}1`) as { column: number }).column;
    const right = (parseA1(`${b.replace("$", "")}1`) as { column: number }).column;
    return { top: 0, left, bottom: 1_048_575, right };
  }
  const wholeRow = /^\$?(\d+)$/;
  if (wholeRow.test(a) && wholeRow.test(b)) {
    return { top: Number(a.replace("$", "")) - 1, left: 0, bottom: Number(b.replace("$", "")) - 1, right: 16_383 };
  }
  const from = parseA1(a);
  const to = parseA1(b);
  if (!from || !to) throw new OfficeError("InvalidArgument", `bad address ${address}`);
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}
export function boxAddress(box: Box): string {
  const a = `${columnLetters(box.left)}${box.top + 1}`;
  const b = `${columnLetters(box.right)}${box.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}
export function overlaps(x: Box, y: Box): boolean {
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
}
export function cells(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/** What Excel makes of a string entered into a cell of format `format`. */

export function refuseProtected(sheet: FakeSheet): void {
  if (sheet.protected) throw new OfficeError("InvalidOperation", `sheet ${sheet.name} is protected`);
}
