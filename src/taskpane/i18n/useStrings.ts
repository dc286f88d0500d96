import { createContext, useContext } from "react";
import type { Lang } from "../../core/i18n/lang";
import { stringsFor, type Strings } from "./strings";

export const LangContext = createContext<Lang>("vi");

export function useStrings(): Strings {
  return stringsFor(useContext(LangContext));
}
