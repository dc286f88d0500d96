import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { LangContext } from "../../src/taskpane/i18n/useStrings";
import type { BlockSession } from "../../src/taskpane/session/block-session";
import { SessionContext } from "../../src/taskpane/session/context";

/** A piece of the pane rendered as the app shell gives it: the session's language, Fluent's theme, the session. */
export function renderWith(session: BlockSession, ui: ReactNode) {
  return render(
    <LangContext.Provider value={session.getState().settings.lang}>
      <FluentProvider theme={webLightTheme}>
        <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>
      </FluentProvider>
    </LangContext.Provider>,
  );
}
