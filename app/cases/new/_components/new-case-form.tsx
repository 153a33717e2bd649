"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createCaseAction } from "../actions";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { StickySubmitBar } from "@/components/ui/sticky-submit-bar";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFormKey } from "@/components/ui/use-form-key";
import { OPERATOR_KEYS } from "@/lib/cases/procedure-templates";
import { CASE_TEXT_LIMITS, SIM_KINDS } from "@/lib/cases/case-fields";
import { CaseDetailFields } from "@/components/cases/case-detail-fields";

export function NewCaseForm() {
  const [state, action] = useFormAction(createCaseAction, undefined, { oncePerSubmission: true });
  const formKey = useFormKey(state);
  const values = state.values ?? {};
  const [operator, setOperator] = useState(values.operator ?? "");
  const [simKind, setSimKind] = useState(values.simKind ?? "PHYSICAL");
  const errors = state.errors ?? {};
  const isEsim = simKind === "ESIM";
  const t = useTranslations("cases");
  const operators = useTranslations("procedures.operators");
  const operatorOptions = [
    { value: "", label: t("form.choose") },
    // The name alone: "eSIM provider (Online, with the eSIM provider's support)"
    // was cut off in a 360 px wide select. How it is done shows as the hint.
    ...OPERATOR_KEYS.map((key) => ({ value: key, label: operators(`${key}.label`) })),
  ];
  const chosen = OPERATOR_KEYS.find((key) => key === operator);

  return (
    <form key={formKey} action={action} className="flex flex-col gap-5" noValidate>
      <FormAlert tone="error">{errors.form}</FormAlert>
      <Select
        label={t("form.operator")}
        name="operator"
        options={operatorOptions}
        hint={chosen ? operators(`${chosen}.channel`) : t("form.operatorHint")}
        value={operator}
        onChange={(event) => {
          setOperator(event.target.value);
          if (event.target.value === "ESIM") setSimKind("ESIM");
        }}
        error={errors.operator}
        required
      />
      {operator === "ESIM" || operator === "OTHER" ? (
        <Field
          label={operator === "ESIM" ? t("form.esimProvider") : t("form.operatorName")}
          name="providerName"
          maxLength={CASE_TEXT_LIMITS.providerName}
          defaultValue={values.providerName}
          error={errors.providerName}
          autoComplete="off"
        />
      ) : null}

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">{t("form.sim")}</legend>
        <div className="flex flex-wrap gap-2">
          {SIM_KINDS.map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3">
              <input
                type="radio"
                name="simKind"
                value={kind}
                checked={simKind === kind}
                onChange={() => setSimKind(kind)}
                className="size-5"
              />
              {t(`simKinds.${kind}`)}
            </label>
          ))}
        </div>
        {errors.simKind ? <p className="text-sm font-medium text-red-700">{errors.simKind}</p> : null}
      </fieldset>

      <CaseDetailFields values={values} errors={errors} isEsim={isEsim} />
      <StickySubmitBar>
        <SubmitButton pendingLabel={t("form.opening")}>{t("form.open")}</SubmitButton>
      </StickySubmitBar>
    </form>
  );
}
