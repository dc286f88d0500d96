import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useStrings } from "../i18n/useStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pending: { color: tokens.colorNeutralForeground3 },
});

/** A step's heading and a plain statement of what it does; `children` is its working part. */
export function StepIntro(props: { title: string; what: string; children?: ReactNode }) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <section className={styles.root} aria-labelledby="step-title">
      <Subtitle2 as="h2" id="step-title">
        {props.title}
      </Subtitle2>
      <Body1>{props.what}</Body1>
      {props.children ?? <Caption1 className={styles.pending}>{s.notYet}</Caption1>}
    </section>
  );
}
