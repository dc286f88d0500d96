import { StepIntro } from "../../components/StepIntro";
import { useStrings } from "../../i18n/useStrings";

export function NominateStep() {
  const s = useStrings();
  return <StepIntro title={s.nominateTitle} what={s.nominateWhat} />;
}
