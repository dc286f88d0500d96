/**
 * A block's template sheets filled into the open workbook WITH their formats
 * (SPEC §7, workbook/ports/template-fill.ts), for ExcelSink.writeTemplateFills.
 * The template is never touched: a copy of it is made (a sheet of the open
 * workbook: `worksheet.copy`, ExcelApi 1.7; a sheet of an imported file:
 * `insertWorksheetsFromBase64`, 1.13) and the plan is carried out on the copy:
 * its merges undone, each repeated row's copies inserted below it and given
 * its cells, formats and height (`copyFrom`, 1.9), a repeated row with no
 * copy deleted, the placeholders' cells written (text as text, `@` first),
 * then the merges set at their new places, the print area moved.
 *
 * One `Excel.run`, four requests and one more per template from a file:
 * one read (every sheet's name, id, marker and protection, the workbook's
 * structure protection, whether events are on); each insertion from a file
 * alone in its request, whose answer is the ids of the sheets it inserted;
 * the copies renamed and marked, with the heights of their repeated rows and
 * their print areas read back in the same request; the rows and cells;
 * events back on.
 *
 * The inserted sheet is taken by the id the insertion returns, never as
 * "the last sheet": an insertion that added nothing (or something else)
 * fails the batch, which then deletes every sheet that was not there before
 * — Excel on the web is reported to insert the sheets and then throw
 * (office-js #3179) and to fail with GeneralException on some files (#6142,
 * #2718, #5785). A template sheet of the open workbook that is protected is
 * not copied (its copy would be protected too, and refuse the unmerge and
 * the rows): it goes to the plain page. A copy is ours by the `tdPage` marker, as a page
 * is (excel-pages.ts): a re-run replaces our filled sheet wherever it
 * stands, and a user's sheet of that name keeps it (ours gets a free name).
 *
 * Tested on the instrumented double only (no Excel here), which assumes what
 * the reference leaves unsaid: `copyFrom(…, "All")` on whole rows carries their formats (heights are set
 * too, in case it does not); values may be written before the merges over
 * them are set; and an insert whose sheet name is taken is never asked for
 * (our own sheet of that name steps aside first, a user's sends the fill to
 * the plain page).
 */
import type { TemplateFillCell, TemplateFillSpec } from "../workbook/ports/template-fill";
import { filledPrintArea, freeFilledSheetName } from "../workbook/ports/template-fill";
import { PAGE_MARKER_NAME, pageMarker, rangeAddress, valueKind } from "../workbook/page-layout";
import { clipCellText } from "../workbook/excel-rules";
import { type OldSheets, oldSheets, readSheets, rollBack } from "./excel-pages";
import { jsonSize } from "./host";
import { OP_BYTES, type Requests, tempNames } from "./requests";

const TEXT_FORMAT = "@";

/** A fill to write, and the base64 of its template's file when the template is not a sheet of the open workbook. */
export interface TemplateFillJob {
  readonly spec: TemplateFillSpec;
  readonly base64?: string;
}

/** What the batch did: each fill's name → the name its sheet got, and the jobs it left for plain pages (those whose template sheet is protected among them, and apart). */
export interface TemplateFillOutcome {
  readonly names: Map<string, string>;
  readonly skipped: readonly TemplateFillJob[];
  readonly protectedTemplates: readonly TemplateFillJob[];
}

/**
 * Writes the batch. A template from a file whose sheet name a sheet of the
 * user's already holds is skipped: the docs do not say what
 * `insertWorksheetsFromBase64` does with a name the workbook holds, and the
 * user's sheet must not be renamed, even for a moment. A sheet of ours of
 * that name (the built-in *Biên bản*) steps aside while the copy comes in.
 */
export async function writeTemplateFillBatch(context: Excel.RequestContext, requests: Requests, all: readonly TemplateFillJob[]): Promise<TemplateFillOutcome> {
  // Our sheets (filled templates and pages); the batch replaces the filled ones it fills again.
  const { worksheets, ours, eventsWere, before } = await readSheets(context, requests);
  const mine = new Set(ours.values());
  const byName = new Map(worksheets.items.map((ws) => [ws.name.toLocaleLowerCase(), ws]));
  const holderOf = (job: TemplateFillJob) => (job.base64 === undefined ? undefined : byName.get(job.spec.template.toLocaleLowerCase()));
  const protectedTemplates = all.filter((job) => job.base64 === undefined && byName.get(job.spec.template.toLocaleLowerCase())?.protection.protected === true);
  const skipped = all.filter((job) => {
    if (job.base64 === undefined) return protectedTemplates.includes(job);
    const holder = holderOf(job);
    return holder !== undefined && !mine.has(holder);
  });
  const jobs = all.filter((job) => !skipped.includes(job));
  const old = oldSheets(ours, jobs.map((job) => job.spec.name));
  const used = new Set(worksheets.items.filter((ws) => !old.has(ws)).map((ws) => ws.name.toLocaleLowerCase()));
  const next = tempNames(new Set(worksheets.items.map((ws) => ws.name.toLowerCase())));
  const tempName = () => next("~td-fill ");
  const order: Excel.Worksheet[] = [...worksheets.items];

  const names = new Map<string, string>();
  // Our sheets named like a template that step aside: a rollback puts back those still under their temporary names.
  const asides: OldSheets = new Map();
  return requests.writeWithEventsOff(eventsWere, async () => {
    try {
      for (const [ws, o] of old) {
        await requests.reserve(OP_BYTES);
        o.tempName = tempName();
        ws.name = o.tempName;
      }
      // 2. The copies, named, placed and marked; what the plan needs of them read back in the same request.
      const copies = [];
      for (const job of jobs) {
        const { spec } = job;
        const name = freeFilledSheetName(spec, used);
        names.set(spec.name, name);
        const holder = holderOf(job);
        const aside = holder && !old.has(holder) ? { ws: holder, name: holder.name, tempName: tempName() } : null;
        if (aside) {
          await requests.reserve(OP_BYTES);
          aside.ws.name = aside.tempName;
          asides.set(aside.ws, aside);
        }
        const ws = await copyOf(context, requests, job);
        const marker = pageMarker({ role: "document", name: spec.name });
        await requests.reserve(OP_BYTES * 5 + jsonSize(marker));
        ws.name = name;
        if (aside) aside.ws.name = aside.name;
        order.push(ws);
        const replaced = ours.get(spec.name.toLocaleLowerCase());
        const place = replaced ? order.indexOf(replaced) : -1;
        if (place >= 0) {
          ws.position = place;
          order.splice(place, 0, order.pop() as Excel.Worksheet);
        }
        ws.getRange().unmerge();
        ws.names.add(PAGE_MARKER_NAME, `="${marker.replace(/"/g, '""')}"`, "Thi đua");
        const copiesOf = copyCounts(spec);
        const heights = new Map<number, Excel.RangeFormat>();
        for (const [row, count] of copiesOf) {
          if (count < 2) continue;
          await requests.reserve(OP_BYTES);
          heights.set(row, ws.getRange(`${row}:${row}`).format.load("rowHeight"));
        }
        await requests.reserve(OP_BYTES);
        const printArea = ws.pageLayout.getPrintAreaOrNullObject().load("address");
        copies.push({ spec, ws, copiesOf, heights, printArea });
      }
      await requests.sync();

      // 3. The plan on each copy, bottom up so that the rows still to do keep their numbers.
      for (const { spec, ws, copiesOf, heights, printArea } of copies) {
        for (const [row, count] of [...copiesOf].reverse()) {
          const whole = ws.getRange(`${row}:${row}`);
          if (count === 0) {
            await requests.reserve(OP_BYTES);
            whole.delete("Up");
          } else if (count > 1) {
            await requests.reserve(OP_BYTES * (count + 1));
            ws.getRange(`${row + 1}:${row + count - 1}`).insert("Down");
            for (let k = 1; k < count; k++) ws.getRange(`${row + k}:${row + k}`).copyFrom(whole, "All");
            const height = heights.get(row)?.rowHeight;
            if (height !== undefined) ws.getRange(`${row + 1}:${row + count - 1}`).format.rowHeight = height;
          }
        }
        // The cells before the merges: a run of cells that cuts a merged area could not be written.
        await writeCells(ws, spec.cells, requests);
        for (const merge of spec.merges) {
          await requests.reserve(OP_BYTES);
          ws.getRange(rangeAddress(merge)).merge(false);
        }
        // Every area of a print area of several (`'X'!A1:D9,'X'!F1:H9`), each moved with its rows.
        const area = printArea.isNullObject ? undefined : filledPrintAreas(printArea.address, spec.rowSources);
        if (area) {
          await requests.reserve(OP_BYTES);
          ws.pageLayout.setPrintArea(area);
        }
        if (spec.active) {
          await requests.reserve(OP_BYTES);
          ws.activate();
        }
      }
      for (const ws of old.keys()) {
        await requests.reserve(OP_BYTES);
        ws.delete();
      }
      await requests.sync();
      return { names, skipped, protectedTemplates };
    } catch (error) {
      await rollBack(context, requests, new Map([...old, ...asides]), before);
      throw error;
    }
  });
}

/** The template's copy at the end of the workbook: from its file's bytes, or the open workbook's own sheet. */
async function copyOf(context: Excel.RequestContext, requests: Requests, job: TemplateFillJob): Promise<Excel.Worksheet> {
  const worksheets = context.workbook.worksheets;
  if (job.base64 === undefined) {
    await requests.reserve(OP_BYTES * 2);
    return worksheets.getItem(job.spec.template).copy("End");
  }
  // Its answer (the ids) is needed before the sheet can be named: the request ends with it.
  await requests.reserve(OP_BYTES * 2 + job.base64.length);
  const ids = context.workbook.insertWorksheetsFromBase64(job.base64, { sheetNamesToInsert: [job.spec.template], positionType: "End" });
  await requests.sync();
  const [id, ...more] = ids.value;
  if (id === undefined || more.length > 0) throw new Error(`insertWorksheetsFromBase64 inserted ${ids.value.length} sheets for "${job.spec.template}", not one`);
  return worksheets.getItem(id);
}

/** A print area's areas (commas inside a quoted sheet name kept), each moved with its rows; undefined when none stays. */
export function filledPrintAreas(address: string, rowSources: readonly number[]): string | undefined {
  const areas = (address.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? []).flatMap((part) => {
    const moved = filledPrintArea(part.split("!").pop()?.replace(/\$/g, ""), rowSources);
    return moved ? [moved] : [];
  });
  return areas.length > 0 ? areas.join(",") : undefined;
}

/** Each template row (1-based, in order) and how many rows of the filled sheet copy it: 0 for a repeated row with nothing to repeat. */
function copyCounts(spec: TemplateFillSpec): Map<number, number> {
  const counts = new Map<number, number>();
  for (let row = 1; row <= spec.templateRows; row++) counts.set(row, 0);
  for (const source of spec.rowSources) counts.set(source, (counts.get(source) ?? 0) + 1);
  return counts;
}

/**
 * The placeholders' cells, a run of neighbours in a row at a time: their
 * number format first (`@` where text goes, so a name starting with `=`
 * stays text; the block's rounding, a date's format), then the values. A
 * cell whose value brings no format keeps the template's.
 */
async function writeCells(ws: Excel.Worksheet, cells: readonly TemplateFillCell[], requests: Requests): Promise<void> {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]?.row === sorted[start]?.row && (sorted[end] as TemplateFillCell).column === (sorted[end - 1] as TemplateFillCell).column + 1) end++;
    const run = sorted.slice(start, end).map(written);
    const first = sorted[start] as TemplateFillCell;
    const address = rangeAddress({ top: first.row, left: first.column, bottom: first.row, right: first.column + run.length - 1 });
    await requests.reserve(OP_BYTES * (2 + run.length) + run.reduce((bytes, c) => bytes + jsonSize(c.value) + jsonSize(c.format), 0));
    const range = ws.getRange(address);
    if (run.every((c) => c.format !== null)) range.numberFormat = [run.map((c) => c.format as string)];
    else run.forEach((c, i) => c.format !== null && (range.getCell(0, i).numberFormat = [[c.format]]));
    range.values = [run.map((c) => c.value)];
    start = end;
  }
}

function written(cell: TemplateFillCell): { value: string | number | boolean; format: string | null } {
  const value = valueKind(cell.value);
  switch (value.kind) {
    case "text":
      return { value: clipCellText(value.text), format: TEXT_FORMAT };
    case "number":
      return { value: value.number, format: cell.numberFormat ?? null };
    case "boolean":
      return { value: value.boolean, format: null };
    case "date":
      return { value: value.serial, format: cell.numberFormat ?? "dd/mm/yyyy" };
    case "formula":
      return { value: `=${value.formula}`, format: null };
    default:
      // A value not given yet: the cell's placeholder goes, the cell stays blank.
      return { value: "", format: null };
  }
}

/** A file's bytes as base64, for `insertWorksheetsFromBase64`: in chunks, since a spread of a large array overflows the stack. */
export function base64Of(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = "";
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}
