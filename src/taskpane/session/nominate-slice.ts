/** Step 4, Lập danh sách đề nghị: the proposals by the settings' awards, and every sheet. */
import { propose } from "../../flow/rank";
import type { RankSlice } from "./rank-slice";
import type { ResultWriter } from "./result-writer";
import type { SessionStore } from "./session-state";

export class NominateSlice {
  constructor(
    private readonly store: SessionStore,
    private readonly rank: RankSlice,
    private readonly writer: ResultWriter,
  ) {}

  async proposeNominations(): Promise<void> {
    const { outcome, busy, settings } = this.store.state;
    const ranking = this.rank.ranking();
    if (!outcome?.ok || !ranking || busy) return;
    this.store.set({ busy: "nominate", failure: null });
    const proposals = propose(ranking, outcome.result, settings);
    this.store.set({ ranking, proposals });
    await this.writer.write("tdNominations");
    this.store.set({ busy: null });
  }
}
