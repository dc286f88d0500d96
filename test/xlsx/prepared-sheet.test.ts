/**
 * A sheet written ahead as its rows arrive (prepared-sheet.ts, issue 24):
 * whatever parts the rows come in, the same part as written at once; rows
 * written are let go; a sheet whose rows hold a link is not written ahead.
 * That such a part makes the same workbook as the sheet written with the
 * download is test/xlsx/direct-writer.test.ts's.
 */
import { resultSheets } from "../../src/workbook/result-sheets";
import type { OutputCell, SheetSpec } from "../../src/workbook/ports/sink";
import { localDeflater, prepareSheet, SheetPreparer, type PartDeflater } from "../../src/xlsx/prepared-sheet";
import { sampleInput } from "../workbook/sample-result";

const scores = resultSheets(sampleInput(), "vi").find((s) => s.table.name === "tdScores") as SheetSpec;
const rows: OutputCell[][] = Array.from({ length: 12_345 }, (_, i) => [`Đơn vị ${i % 61}`, `Đơn vị ${(i * 7) % 61}`, `TC${i % 12}`, i % 11 === 0 ? null : (i % 97) / 8, "Chấm chéo", "a.xlsx", "Phiếu", `D${i + 5}`]);
const sheet: SheetSpec = { ...scores, table: { ...scores.table, rows } };
const joined = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks.map((c) => Buffer.from(c)));

test("rows arriving in parts of any size make the same part as the sheet written at once, deflated here or by another deflater", async () => {
  const atOnce = await prepareSheet(sheet, { level: 1 });
  if (!atOnce) throw new Error("not prepared");
  for (const [i, cuts] of [[1], [4999, 5001, 12_344], [5000, 10_000]].entries()) {
    const bounds = [0, ...cuts, rows.length];
    // The pane's way: each part of the XML handed over whole (its own buffer, transferable), deflated elsewhere, later.
    const handed: Uint8Array[] = [];
    const elsewhere: PartDeflater = {
      push: (data) => handed.push(data),
      end: async () => {
        await new Promise((r) => setTimeout(r, 10));
        const deflater = localDeflater(1);
        for (const data of handed) deflater.push(data);
        return deflater.end();
      },
    };
    const preparer = new SheetPreparer({ ...sheet, table: { ...sheet.table, rows: rows.slice(0, bounds[1]) } }, rows.length, { level: 1, ...(i === 1 ? { deflater: elsewhere } : {}) });
    for (let i = 1; i + 1 < bounds.length; i++) preparer.add(rows.slice(bounds[i], bounds[i + 1]));
    const prepared = await preparer.finish();
    if (!prepared) throw new Error("not prepared");
    if (i === 1) expect(handed.length > 1 && handed.every((d) => d.byteOffset === 0 && d.buffer.byteLength === d.length)).toBe(true);
    expect(joined(prepared.part.chunks).equals(joined(atOnce.part.chunks))).toBe(true);
    expect({ ...prepared, part: [prepared.part.crc, prepared.part.size] }).toEqual({ ...atOnce, part: [atOnce.part.crc, atOnce.part.size] });
  }
});

test("the rows already written are let go while the rest come", async () => {
  const preparer = new SheetPreparer({ ...sheet, table: { ...sheet.table, rows: [] } }, rows.length, { level: 1 });
  preparer.add(rows.slice(0, 7500));
  const held = (preparer as unknown as { rows: unknown[] }).rows;
  // Written in whole slices of 5,000 while the rows are there: those are gone, the rest wait.
  expect(held.slice(0, 5000).every((r) => r === undefined)).toBe(true);
  expect(held.slice(5000, 7500).every((r) => r !== undefined)).toBe(true);
  preparer.add(rows.slice(7500));
  await expect(preparer.finish()).resolves.not.toBeNull();
});

test("too many rows, too few, or a row with a link: refused, or not written ahead", async () => {
  const tooMany = new SheetPreparer({ ...sheet, table: { ...sheet.table, rows: [] } }, 10, { level: 1 });
  expect(() => tooMany.add(rows.slice(0, 11))).toThrow(/more rows/);
  const tooFew = new SheetPreparer({ ...sheet, table: { ...sheet.table, rows: rows.slice(0, 9) } }, 10, { level: 1 });
  await expect(tooFew.finish()).rejects.toThrow(/9 rows of 10/);
  const linked = new SheetPreparer({ ...sheet, table: { ...sheet.table, rows: rows.slice(0, 10_000) } }, 10_001, { level: 1 });
  linked.add([[{ text: "D5", sheet: "Điểm chấm", cell: "A5" }, null, null, null, null, null, null, null]]);
  await expect(linked.finish()).resolves.toBeNull();
});
