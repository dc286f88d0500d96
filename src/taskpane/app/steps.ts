/** The officer's four steps, in order; the navigation and the panels share these ids. */
export const STEP_IDS = ["import", "check", "rank", "nominate"] as const;
export type StepId = (typeof STEP_IDS)[number];
