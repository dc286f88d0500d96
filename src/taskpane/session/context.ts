import { createContext, useContext, useSyncExternalStore } from "react";
import type { BlockSession, SessionState } from "./block-session";

/** The pane's one session; the app shell provides it, the steps use it. */
export const SessionContext = createContext<BlockSession | null>(null);

export function useSession(): { session: BlockSession; state: SessionState } {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession needs a SessionContext.Provider (the app shell gives one).");
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  return { session, state };
}
