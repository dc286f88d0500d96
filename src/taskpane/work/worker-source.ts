/**
 * The code of the pane's Web Worker (worker-main.ts and what it imports) as
 * one string, to start from a Blob URL. webpack replaces this module with
 * that bundle (scripts/webpack/worker-source-loader.cjs); as written here,
 * for the tests and type checks that do not bundle, there is none, and the
 * pane works on the main thread in slices (pane-work.ts).
 */
const WORKER_SOURCE: string | null = null;
export default WORKER_SOURCE;
