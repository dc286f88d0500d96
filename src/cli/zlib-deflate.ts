/**
 * The command deflates the workbooks it writes with node's zlib, several
 * times faster than fflate's JavaScript (which the pane keeps): each segment
 * of a part is deflated alone and sync-flushed, so the segments follow one
 * another as one deflate stream (xml-package.ts). The entries' CRC-32 is
 * zlib's too.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { SegmentDeflater } from "../xlsx/xml-package";

export const zlibDeflate: SegmentDeflater = Object.assign(
  (data: Uint8Array, final: boolean, level: Parameters<SegmentDeflater>[2]) => deflateRawSync(data, { level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  { crc32: (data: Uint8Array, previous: number) => crc32(data, previous) },
);
