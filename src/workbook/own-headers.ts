/**
 * The header rows of the tables we write (SPEC §6, §7), in every language:
 * how the import tells our own result workbook, our documents and our
 * ballot from the block's files (docs/DECISIONS.md, D9; core/read/own-result.ts), by
 * the same texts the writers use.
 */
import type { OwnHeaders } from "../core/read/own-result";
import { BALLOT_HEADERS } from "./ballot-page";
import { HEADERS } from "./columns";
import { DOCUMENT_TABLE_HEADERS } from "./documents/table-headers";

export const OWN_HEADERS: OwnHeaders = {
  results: Object.values(HEADERS).flatMap((tables) => Object.values(tables) as readonly (readonly string[])[]),
  documents: [...Object.values(DOCUMENT_TABLE_HEADERS), ...BALLOT_HEADERS],
};
