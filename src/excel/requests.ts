/**
 * Office.js requests as the sinks make them: every queued operation priced
 * in JSON bytes as it is queued, a `context.sync()` made before the pending
 * request would pass the budget (see excel-sink.ts for why and how much).
 */

/** A rough price of one queued operation besides its arguments (object path, method name…). */
export const OP_BYTES = 250;

/**
 * Names for our old sheets and tables while they step aside for the new
 * ones (`~td-page 1`, `tdOld_2`): none that the workbook holds, each taken
 * once it is given.
 */
export function tempNames(taken: Set<string>): (prefix: string) => string {
  let n = 0;
  return (prefix) => {
    let name: string;
    do name = `${prefix}${++n}`;
    while (taken.has(name.toLowerCase()));
    taken.add(name.toLowerCase());
    return name;
  };
}

/**
 * Queued operations priced in bytes: `reserve` syncs first when the pending
 * request would grow past the budget, and opens each request with the
 * calculation (and, once, screen updating) suspended.
 */
export class Requests {
  private pending = 0;
  private screenSuspended = false;
  syncs = 0;
  writing = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budgetBytes: number,
    private readonly canSuspendScreen: boolean,
  ) {}

  budget(): number {
    return this.budgetBytes;
  }

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budgetBytes) await this.sync();
    if (this.pending === 0 && this.writing) {
      this.context.application.suspendApiCalculationUntilNextSync();
      if (this.canSuspendScreen && !this.screenSuspended) {
        this.context.application.suspendScreenUpdatingUntilNextSync();
        this.screenSuspended = true;
      }
      this.pending = 2 * OP_BYTES;
    }
    this.pending += bytes;
  }

  /**
   * A batch's write: events off (ExcelApi 1.8) and calculation suspended in
   * each of its requests; events back to what they were after it, whatever
   * happened (one more request). Every sink's write goes through here.
   */
  async writeWithEventsOff<T>(eventsWere: boolean, write: () => Promise<T>): Promise<T> {
    let eventsOff = false;
    try {
      this.writing = true;
      await this.reserve(OP_BYTES);
      this.context.runtime.enableEvents = false;
      eventsOff = true;
      return await write();
    } finally {
      this.writing = false;
      if (eventsOff) await this.restoreEvents(eventsWere);
    }
  }

  /** Events back to what they were, whatever happened to the batch; a second try if that very request fails. */
  async restoreEvents(eventsWere: boolean): Promise<void> {
    this.context.runtime.enableEvents = eventsWere;
    try {
      await this.sync();
    } catch {
      this.context.runtime.enableEvents = eventsWere;
      await this.sync();
    }
  }

  async sync(): Promise<void> {
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }
}

