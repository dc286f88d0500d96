import type { LayoutId } from "../../model/scoresheet";
import type { LayoutReader } from "./layout";
import { layoutA } from "./layout-a";
import { layoutB } from "./layout-b";
import { layoutC } from "./layout-c";

/**
 * The scoresheet layouts, tried in this order on every sheet; the first that
 * recognises the sheet reads it. A fourth layout is a new module and a line here.
 */
export const LAYOUTS: readonly LayoutReader[] = [layoutA, layoutB, layoutC];

/** What a layout's scoresheets hold (`LayoutReader.scores`). */
export function scoresOf(layout: LayoutId): LayoutReader["scores"] {
  return LAYOUTS.find((l) => l.layout === layout)?.scores ?? "per-criterion";
}
