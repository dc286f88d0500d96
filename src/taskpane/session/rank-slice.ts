/** Step 3, Tính xếp hạng: the ranking by the settings' method, and the sheets up to Tổng hợp. */
import type { Ranking } from "../../core/model/result";
import { rank } from "../../flow/rank";
import { breathe } from "../work/breathe";
import type { ResultWriter } from "./result-writer";
import type { PaneSettings, SessionStore } from "./session-state";

export class RankSlice {
  constructor(
    private readonly store: SessionStore,
    private readonly writer: ResultWriter,
  ) {}

  /** The ranking as it stands, computed when stale (the nomination step asks for it too). */
  ranking(): Ranking | null {
    const { outcome, ranking, settings } = this.store.state;
    if (!outcome?.ok) return null;
    return ranking ?? rank(outcome.result, settings);
  }

  async computeRanking(): Promise<void> {
    const { outcome, busy, settings } = this.store.state;
    if (!outcome?.ok || busy) return;
    this.store.set({ busy: "rank", failure: null });
    const ranking = rank(outcome.result, settings);
    this.store.set({ ranking, proposals: null });
    // The ranking painted before the sheets are made: tasks of their own (issue 24).
    await breathe();
    await this.writer.write("tdSummary");
    this.store.set({ busy: null });
  }

  /** New settings make the ranking and proposals stale: they are computed again on the next click. */
  updateSettings(patch: Partial<PaneSettings>): void {
    const settings = { ...this.store.state.settings, ...patch };
    const stale = patch.method !== undefined || patch.trim !== undefined || patch.awards !== undefined;
    this.store.set({ settings, ...(stale ? { ranking: null, proposals: null } : {}) });
  }
}
