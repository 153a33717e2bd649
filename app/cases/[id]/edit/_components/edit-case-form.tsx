"use client";

import { useTranslations } from "next-intl";
import { editCaseAction } from "../actions";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { StickySubmitBar } from "@/components/ui/sticky-submit-bar";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFormKey } from "@/components/ui/use-form-key";
import { CaseDetailFields } from "@/components/cases/case-detail-fields";

export type EditableCase = {
  id: string;
  operator: string;
  simKind: string;
  values: Record<"providerName" | "cardType" | "phoneNumber" | "orderNumber" | "nickname" | "leavingOn" | "notes", string>;
};

export function EditCaseForm({ current }: { current: EditableCase }) {
  const [state, action] = useFormAction(editCaseAction);
  const formKey = useFormKey(state);
  const values = state.values ?? current.values;
  const errors = state.errors ?? {};
  const isEsim = current.simKind === "ESIM";
  const t = useTranslations("cases.form");
  return (
    <form key={formKey} action={action} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="caseId" value={current.id} />
      <FormAlert tone="error">{errors.form}</FormAlert>
      {current.operator === "ESIM" || current.operator === "OTHER" ? (
        <Field
          label={current.operator === "ESIM" ? t("esimProvider") : t("operatorName")}
          name="providerName"
          defaultValue={values.providerName}
          error={errors.providerName}
        />
      ) : null}
      <CaseDetailFields values={values} errors={errors} isEsim={isEsim} />
      <StickySubmitBar>
        <SubmitButton pendingLabel={t("saving")}>{t("saveChanges")}</SubmitButton>
      </StickySubmitBar>
    </form>
  );
}
