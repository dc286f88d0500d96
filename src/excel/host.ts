/**
 * What the Office.js adapters need from the host, injectable so tests can
 * hand in a fake: `Excel.run` and `Office.context.requirements.isSetSupported`.
 * By default both are the globals Office.js defines, looked up when used (the
 * module can be imported before office.js has loaded).
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  /** `isSupported("ExcelApi", "1.9")`. */
  isSupported(set: string, version: string): boolean;
}

/** What of `Excel.RunOptions` the adapters pass. */
export interface RunOptions {
  readonly delayForCellEdit?: boolean;
}

/** Per host, the end of the last batch asked for: the next one starts after it. */
const lastBatch = new WeakMap<ExcelHost, Promise<unknown>>();

/**
 * A batch on the host, waiting while the officer is typing in a cell where
 * Excel can (`delayForCellEdit`, ExcelApi 1.11) instead of failing with
 * InvalidOperationInCellEditMode: a button clicked mid-edit then runs once
 * the edit ends. Every batch of the adapters goes through here.
 *
 * Batches run one at a time, in the order they were asked for, each once
 * the one before it has ended (failed or not). Excel runs concurrent
 * `Excel.run`s side by side, so a batch the pane does not wait for (a
 * selection, the kept settings read when the pane opens) would have its
 * requests land between those of a write under way: select a sheet the
 * write has just renamed aside, or activate another over the one it chose.
 * None of our batches runs another inside itself, which would wait forever.
 */
export function runBatch<T>(host: ExcelHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const delay = host.isSupported("ExcelApi", "1.11");
  const previous = lastBatch.get(host) ?? Promise.resolve();
  const run = previous.then(() => (delay ? host.run(batch, { delayForCellEdit: true }) : host.run(batch)));
  lastBatch.set(
    host,
    run.catch(() => undefined),
  );
  return run;
}

export const officeHost: ExcelHost = {
  run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
  isSupported: (set, version) => {
    try {
      return Office.context.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  },
};

/**
 * The open workbook's file name (`Khối 2026.xlsx`), from its path or URL
 * (`Office.context.document.url`); null for a workbook never saved or where
 * Office does not say.
 */
export function openWorkbookName(): string | null {
  let url: string | undefined;
  try {
    url = Office.context.document.url;
  } catch {
    return null;
  }
  return workbookNameOf(url);
}

export function workbookNameOf(url: string | undefined | null): string | null {
  const last = (url ?? "").split(/[\\/]/).pop()?.split(/[?#]/)[0] ?? "";
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A stray % in a local path: the name as it is.
  }
  return name.trim() === "" ? null : name.normalize("NFC");
}

/** Excel on the web refuses a request or a response above 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Bytes a value takes in a request's JSON (UTF-8): exact for strings
 * (escapes included), an upper bound of 24 for numbers. Cheap enough for
 * every cell of a 490,000-row table.
 */
export function jsonSize(value: unknown): number {
  switch (typeof value) {
    case "string": {
      let n = 2;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c < 0x80) n += c < 0x20 ? 6 : c === 0x22 || c === 0x5c ? 2 : 1;
        else if (c < 0x800) n += 2;
        else if (c >= 0xd800 && c < 0xe000) n += 2;
        else n += 3;
      }
      return n;
    }
    case "number":
      return Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value).length : 24;
    case "boolean":
      return 5;
    default:
      return 4;
  }
}

/** What Excel says of itself (`Office.context.diagnostics`): its build and platform; null outside Excel. */
export function officeDiagnostics(): { version: string; platform: string } | null {
  try {
    const d = Office.context.diagnostics;
    return { version: String(d.version), platform: String(d.platform) };
  } catch {
    return null;
  }
}
