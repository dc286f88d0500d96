import { StepIntro } from "../../components/StepIntro";
import { useStrings } from "../../i18n/useStrings";

export function CheckStep() {
  const s = useStrings();
  return <StepIntro title={s.checkTitle} what={s.checkWhat} />;
}
