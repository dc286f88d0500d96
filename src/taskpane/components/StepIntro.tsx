import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** A step's heading and a plain statement of what it does; `children` is its working part. */
export function StepIntro(props: { title: string; what: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="step-title">
      <Subtitle2 as="h2" id="step-title">
        {props.title}
      </Subtitle2>
      <Body1>{props.what}</Body1>
      {props.children}
    </section>
  );
}
