/**
 * Importing a block (SPEC §3): `importBlock` with every workbook at hand,
 * `importOneByOne` reading them one at a time; both drive a `BlockImport`,
 * which the pane keeps over several batches.
 */
import { BlockImport } from "./incremental-import";
import type { ImportOptions, ImportOutcome, ImportRequest, WorkbookInput } from "./import-types";

export { BlockImport } from "./incremental-import";
export type * from "./import-types";

/**
 * From the workbooks an officer hands over to one checked model of the block:
 * find the criteria table and the roster, read every sheet in the layout it is
 * in, match names to the roster, and run every rule of SPEC §3.
 */
export function importBlock(request: ImportRequest): ImportOutcome {
  const block = new BlockImport(request);
  for (const workbook of request.workbooks) block.add(workbook);
  // Read against a criteria table a later file displaced: the grids are at hand, read them again.
  for (const position of block.toReadAgain()) {
    const workbook = request.workbooks[position];
    if (workbook) block.readAgain(position, workbook);
  }
  return block.finish();
}

/**
 * `importBlock` over workbooks read one at a time (`read(position)`), for a
 * large block: each scoresheet workbook's grids are let go once it is read
 * into the model. A workbook is read twice only when a file read later
 * displaces the criteria table it was read against (see `BlockImport`).
 */
export async function importOneByOne(
  count: number,
  read: (position: number) => Promise<WorkbookInput>,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const block = new BlockImport(options);
  for (let position = 0; position < count; position++) block.add(await read(position));
  for (const position of block.toReadAgain()) block.readAgain(position, await read(position));
  return block.finish();
}
