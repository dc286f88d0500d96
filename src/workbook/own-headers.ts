/**
 * The header rows of the tables we write (SPEC §6), in every language: how
 * the import tells our own result workbook from the block's files (issue 13;
 * core/import/own-result.ts), by the same texts the writers use.
 */
import type { OwnHeaders } from "../core/import/own-result";
import { HEADERS } from "./columns";

export const OWN_HEADERS: OwnHeaders = Object.values(HEADERS).flatMap((tables) => Object.values(tables) as readonly (readonly string[])[]);
