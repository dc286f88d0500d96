import { StepIntro } from "../../components/StepIntro";
import { useStrings } from "../../i18n/useStrings";

export function ImportStep() {
  const s = useStrings();
  return <StepIntro title={s.importTitle} what={s.importWhat} />;
}
