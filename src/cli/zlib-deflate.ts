/**
 * The command deflates the workbooks it writes with node's zlib, several
 * times faster than fflate's JavaScript (which the pane keeps): each segment
 * of a part is deflated alone and sync-flushed, so the segments follow one
 * another as one deflate stream (xml-package.ts).
 */
import { constants, deflateRawSync } from "node:zlib";
import type { SegmentDeflater } from "../xlsx/xml-package";

export const zlibDeflate: SegmentDeflater = (data, final, level) =>
  deflateRawSync(data, { level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
