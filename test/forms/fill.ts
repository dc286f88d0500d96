/**
 * Filling a blank scoresheet as an officer would, with exceljs: a random
 * valid score in every score cell (what its validation allows), then each
 * formula's cached result set to what a spreadsheet computes, by a small
 * evaluator of the formulas we write (SUM, MIN, ABS, + and −). The import
 * then checks those results against SPEC §4 on its own: a wrong formula is a
 * SUBTOTAL_MISMATCH.
 */
import ExcelJS from "exceljs";
import { rngFor } from "../fixtures/builder/prng";

export interface FilledScore {
  readonly sheet: string;
  readonly cell: string;
  readonly value: number;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Fills every validated score cell of every sheet; returns what went where. */
export function fillRandomly(workbook: ExcelJS.Workbook, seed: string): FilledScore[] {
  const rng = rngFor(seed, 1);
  const filled: FilledScore[] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.dataValidation;
        if (!v || cell.protection?.locked !== false) return;
        let value: number;
        if (v.type === "list") {
          const values = String(v.formulae?.[0]).replace(/"/g, "").split(",").map(Number);
          value = values[Math.floor(rng() * values.length)] as number;
        } else {
          const [min, max] = (v.formulae ?? []).map(Number) as [number, number];
          // Halves, as officers score; both ends included.
          value = min + Math.floor(rng() * ((max - min) * 2 + 1)) / 2;
        }
        cell.value = value;
        filled.push({ sheet: ws.name, cell: cell.address, value });
      }),
    );
    recalculate(ws);
  }
  return filled;
}

/** Every formula's cached result, as a spreadsheet computes it; formulas refer to cells above them or computed first. */
export function recalculate(ws: ExcelJS.Worksheet): void {
  const formulas: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void (cell.formula ? formulas.push(cell) : undefined)));
  const known = new Map<string, number>();
  const valueAt = (address: string): number => {
    if (known.has(address)) return known.get(address) as number;
    const cell = ws.getCell(address);
    if (cell.formula) {
      const result = evaluate(cell.formula, valueAt);
      known.set(address, result);
      return result;
    }
    return typeof cell.value === "number" ? cell.value : 0;
  };
  for (const cell of formulas) cell.value = { formula: cell.formula, result: valueAt(cell.address) } as ExcelJS.CellFormulaValue;
}

/** SUM(A1:A3,B2), MIN(x,5), ABS(x), + and −, numbers. */
export function evaluate(formula: string, valueAt: (address: string) => number): number {
  let at = 0;
  const text = formula.replace(/\s+/g, "");
  const peek = () => text[at] ?? "";
  const expression = (): number => {
    let value = term();
    while (peek() === "+" || peek() === "-") {
      const op = text[at++];
      const next = term();
      value = op === "+" ? value + next : value - next;
    }
    return value;
  };
  const list = (): number[] => {
    const out: number[] = [];
    at++; // (
    while (peek() !== ")") {
      const range = /^([A-Z]+)(\d+):([A-Z]+)(\d+)/.exec(text.slice(at));
      if (range) {
        at += range[0].length;
        for (let r = Number(range[2]); r <= Number(range[4]); r++) out.push(valueAt(`${range[1]}${r}`));
      } else out.push(expression());
      if (peek() === ",") at++;
    }
    at++; // )
    return out;
  };
  const term = (): number => {
    if (peek() === "-") {
      at++;
      return -term();
    }
    const name = /^[A-Z]+(?=\()/.exec(text.slice(at));
    if (name) {
      at += name[0].length;
      const args = list();
      if (name[0] === "SUM") return args.reduce((a, b) => a + b, 0);
      if (name[0] === "MIN") return Math.min(...args);
      if (name[0] === "ABS") return Math.abs(args[0] as number);
      throw new Error(`no function ${name[0]} in ${formula}`);
    }
    const cell = /^[A-Z]+\d+/.exec(text.slice(at));
    if (cell) {
      at += cell[0].length;
      return valueAt(cell[0]);
    }
    const number = /^\d+(\.\d+)?/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    throw new Error(`cannot read ${formula} at ${at}`);
  };
  const result = expression();
  if (at !== text.length) throw new Error(`left over in ${formula}: ${text.slice(at)}`);
  return result;
}
