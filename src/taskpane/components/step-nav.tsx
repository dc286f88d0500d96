/**
 * The way from one step to the next (issue 22): each step ends with the next
 * step's action, and a warning can send the officer back (Xem lỗi). The app
 * shell owns which step is shown and gives `go` here.
 */
import { Button } from "@fluentui/react-components";
import { createContext, useContext } from "react";
import type { StepId } from "../app/steps";

export const StepNavContext = createContext<(step: StepId) => void>(() => undefined);

export function useGoToStep(): (step: StepId) => void {
  return useContext(StepNavContext);
}

/** *Tiếp theo: …*, the primary way on once the step's work is done. */
export function NextStep(props: { step: StepId; label: string; appearance?: "primary" | "secondary" }) {
  const go = useGoToStep();
  return (
    <div>
      <Button appearance={props.appearance ?? "primary"} onClick={() => go(props.step)}>
        {props.label}
      </Button>
    </div>
  );
}
