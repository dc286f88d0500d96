import { StepIntro } from "../../components/StepIntro";
import { useStrings } from "../../i18n/useStrings";

export function RankStep() {
  const s = useStrings();
  return <StepIntro title={s.rankTitle} what={s.rankWhat} />;
}
