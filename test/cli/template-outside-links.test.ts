/**
 * `--template T.xlsx` reaching outside the file (SPEC §7), through the
 * command's own writer (cli/documents.ts) without spawning it: the filled
 * copy, which keeps the template's workbook around the filled sheet, holds
 * no external link part, reference, web name or outside formula; the cells
 * keep their last values; the removal is said once, with its places.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeDocuments } from "../../src/cli/documents";
import { documentValues } from "../../src/core/documents/values";
import { blockTemplateXlsx, TEMPLATE_SHEET } from "../fixtures/templates/block-template";
import { CACHED, OUTSIDE_BOOK, OUTSIDE_CELLS, WEB_NAME, withOutsideLinks } from "../fixtures/templates/outside-links";
import { scratchFolder } from "../support/cli";
import { unzipOf } from "../support/zip";
import { sampleDocumentInput } from "../workbook/sample-result";

jest.setTimeout(60_000);

const dir = scratchFolder("thidua-outside-links-");

test("the command's filled copy of a template reaching outside holds none of it; the values stay; the issue names each place", async () => {
  const template = path.join(dir, "mau.xlsx");
  writeFileSync(template, await withOutsideLinks(new Uint8Array(await blockTemplateXlsx()), TEMPLATE_SHEET));
  const values = documentValues(sampleDocumentInput({ block: "Khối thi đua các Hội đặc thù", date: "2026-12-29" }));
  const out = await writeDocuments(path.join(dir, "ho-so"), values, [template], "vi");
  expect(out.files.map((f) => path.basename(f))).toEqual(["mau-da-dien.xlsx"]);

  const bytes = readFileSync(path.join(dir, "ho-so", "mau-da-dien.xlsx"));
  const parts = unzipOf(bytes);
  expect([...parts.keys()].filter((name) => /externalLink/i.test(name))).toEqual([]);
  const text = [...parts].filter(([name]) => name !== "xl/sharedStrings.xml").map(([name, data]) => `${name}\n${Buffer.from(data).toString("utf8")}`).join("\n");
  expect(text).not.toMatch(/externalReference|WEBSERVICE|\[1\]|ddeLink|x\.example/);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const name of [TEMPLATE_SHEET, `${TEMPLATE_SHEET} (đã điền)`]) {
    const ws = book.getWorksheet(name)!;
    expect([ws.getCell(OUTSIDE_CELLS.book).value, ws.getCell(OUTSIDE_CELLS.web).value]).toEqual([CACHED.book, CACHED.web]);
  }
  const removed = out.issues.filter((i) => i.code === "TEMPLATE_EXTERNAL_REMOVED");
  expect(removed.map((i) => i.file)).toEqual(["mau.xlsx"]);
  for (const place of [`externalLink "${OUTSIDE_BOOK}"`, `WEBSERVICE "${WEB_NAME}"`, `WEBSERVICE ${TEMPLATE_SHEET}!${OUTSIDE_CELLS.web}`]) expect(String(removed[0]?.params.what)).toContain(place);
});
