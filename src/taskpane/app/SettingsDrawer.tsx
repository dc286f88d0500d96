import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  OverlayDrawer,
  Radio,
  RadioGroup,
  SpinButton,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { parseShare } from "../../workbook/vote-settings-rows";
import { numberFormat } from "../i18n/format";
import { useStrings } from "../i18n/useStrings";
import { useSession } from "../session/context";
import { ExcelSelfCheck } from "./ExcelSelfCheck";

/** The threshold the officer typed: a percent, or a fraction (2/3) which stays exact; null when it does not read. */
function typedShare(text: string): number | null {
  return parseShare(text.includes("/") ? text : `${text}%`);
}

/** The vote's threshold, typed in % (or as a fraction, 2/3, which stays exact), and its rule (SPEC §5.1). */
function VoteSettings() {
  const s = useStrings();
  const { session, state } = useSession();
  const { voteThreshold, voteRule, lang } = state.settings;
  const shown = numberFormat(lang, 0, 2).format(voteThreshold * 100);
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? shown;
  const share = typedShare(text);
  return (
    <>
      <Field label={s.thresholdField} hint={s.thresholdHint} validationMessage={share === null ? s.thresholdInvalid : undefined}>
        <Input
          value={text}
          onChange={(_, d) => {
            setTyped(d.value);
            const value = typedShare(d.value);
            if (value !== null) session.updateSettings({ voteThreshold: value });
          }}
          onBlur={() => share !== null && setTyped(null)}
        />
      </Field>
      <Field label={s.voteRuleField}>
        <RadioGroup value={voteRule} onChange={(_, d) => session.updateSettings({ voteRule: d.value === "at-least" ? "at-least" : "above" })}>
          <Radio value="above" label={s.voteRuleAbove} />
          <Radio value="at-least" label={s.voteRuleAtLeast} />
        </RadioGroup>
      </Field>
    </>
  );
}

/** The block's settings (SPEC §5): average method and k, rounding, awards' quotas, the vote's threshold, language. */
export function SettingsDrawer(props: { open: boolean; onClose: () => void }) {
  const s = useStrings();
  const { session, state } = useSession();
  const { settings } = state;
  return (
    <OverlayDrawer position="end" open={props.open} onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" onClick={props.onClose}>{s.close}</Button>}>{s.settingsTitle}</DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <Field label={s.method}>
          <RadioGroup value={settings.method} onChange={(_, d) => session.updateSettings({ method: d.value === "trimmed" ? "trimmed" : "mean" })}>
            <Radio value="mean" label={s.methodMean} />
            <Radio value="trimmed" label={s.methodTrimmed} />
          </RadioGroup>
        </Field>
        <Field label={s.trimK}>
          <SpinButton
            min={1}
            max={5}
            value={settings.trim}
            disabled={settings.method !== "trimmed"}
            onChange={(_, d) => {
              const value = d.value ?? Number(d.displayValue);
              if (Number.isInteger(value) && value >= 1) session.updateSettings({ trim: value });
            }}
          />
        </Field>
        <Field label={s.rounding}>
          <SpinButton
            min={0}
            max={4}
            value={settings.rounding}
            onChange={(_, d) => {
              const value = d.value ?? Number(d.displayValue);
              if (Number.isInteger(value) && value >= 0) session.updateSettings({ rounding: value });
            }}
          />
        </Field>
        <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
          <legend>{s.awards}</legend>
          {settings.awards.map((award, i) => (
            <Field key={award.id} label={`${award.name} — ${s.quota}`}>
              <Input
                value={String(award.quota)}
                onChange={(_, d) => {
                  const text = d.value.trim();
                  const quota = /^\d+(\.\d+)?%$/.test(text) ? (text as `${number}%`) : /^\d+$/.test(text) ? Number(text) : null;
                  if (quota === null) return;
                  session.updateSettings({ awards: settings.awards.map((a, j) => (j === i ? { ...a, quota } : a)) });
                }}
              />
            </Field>
          ))}
        </fieldset>
        <VoteSettings />
        <Field label={s.language}>
          <RadioGroup value={settings.lang} onChange={(_, d) => session.updateSettings({ lang: (d.value === "en" ? "en" : "vi") as Lang })}>
            <Radio value="vi" label="Tiếng Việt" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
        <ExcelSelfCheck />
      </DrawerBody>
    </OverlayDrawer>
  );
}
