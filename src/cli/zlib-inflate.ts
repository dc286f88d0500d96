/**
 * The command inflates with node's zlib: on the L block of the bench it
 * inflates the parts several times faster than fflate, which the pane keeps
 * (see README, performance). `maxOutputLength` makes zlib itself stop at the
 * bound, so a bomb never inflates past it.
 */
import { inflateRawSync } from "node:zlib";
import { InflateOverflow, type Inflater } from "../xlsx/read/zip";

export const zlibInflate: Inflater = (data, max) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateOverflow();
    throw error;
  }
};
