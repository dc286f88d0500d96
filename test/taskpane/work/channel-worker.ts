/**
 * The pane's worker code (work/worker-main.ts) on the other end of a
 * MessageChannel, as a `Worker` the pane can start: its structured clone and
 * transfers are real, only the thread is missing. Each one notes the kinds
 * of the messages it was sent, to tell which worker did what.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { serveWork } from "../../../src/taskpane/work/worker-main";

export class ChannelWorker {
  static readonly all: ChannelWorker[] = [];
  terminated = false;
  /** The kinds of the messages the page sent it, in order. */
  readonly sent: string[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly page: MessagePort;
  private readonly inside: MessagePort;
  constructor(_url: string) {
    ChannelWorker.all.push(this);
    const { port1, port2 } = new MessageChannel();
    this.page = port1;
    this.inside = port2;
    port1.on("message", (data: unknown) => this.onmessage?.({ data } as MessageEvent));
    const inside = port2;
    serveWork({
      set onmessage(handler: ((event: MessageEvent) => void) | null) {
        inside.on("message", (data: unknown) => handler?.({ data } as MessageEvent));
      },
      get onmessage() {
        return null;
      },
      postMessage: (message, transfer) => inside.postMessage(message, (transfer ?? []) as never),
    });
  }
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.sent.push((message as { kind: string }).kind);
    this.page.postMessage(message, transfer as never);
  }
  terminate(): void {
    this.terminated = true;
    this.page.close();
    this.inside.close();
  }
}
