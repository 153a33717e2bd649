"use client";

import { useActionState } from "react";
import { editCaseAction } from "@/app/cases/[id]/edit/actions";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { PHONE_NUMBER_HINT } from "@/lib/cases/phone-number";
import { CARD_TYPE_LABELS, CARD_TYPES } from "@/lib/cases/schemas";
import { initialFormState } from "@/lib/http/form-state";

export type EditableCase = {
  id: string;
  operator: string;
  simKind: string;
  values: Record<"providerName" | "cardType" | "phoneNumber" | "orderNumber" | "nickname" | "leavingOn" | "notes", string>;
};

export function EditCaseForm({ current }: { current: EditableCase }) {
  const [state, action] = useActionState(editCaseAction, initialFormState);
  const values = state.values ?? current.values;
  const errors = state.errors ?? {};
  const isEsim = current.simKind === "ESIM";
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="caseId" value={current.id} />
      <FormAlert tone="error">{errors.form}</FormAlert>
      {current.operator === "ESIM" || current.operator === "OTHER" ? (
        <Field
          label={current.operator === "ESIM" ? "eSIM provider" : "Operator name (optional)"}
          name="providerName"
          defaultValue={values.providerName}
          error={errors.providerName}
        />
      ) : null}
      <Field
        label={isEsim ? "Phone number (or give the order number below)" : "Phone number"}
        name="phoneNumber"
        type="tel"
        inputMode="tel"
        hint={PHONE_NUMBER_HINT}
        defaultValue={values.phoneNumber}
        error={errors.phoneNumber}
      />
      {isEsim ? (
        <Field label="Provider's order number (optional)" name="orderNumber" defaultValue={values.orderNumber} error={errors.orderNumber} />
      ) : null}
      <Select
        label="Card type"
        name="cardType"
        options={CARD_TYPES.map((type) => ({ value: type, label: CARD_TYPE_LABELS[type] }))}
        defaultValue={values.cardType}
        error={errors.cardType}
      />
      <Field label="Nickname (optional)" name="nickname" defaultValue={values.nickname} error={errors.nickname} />
      <Field label="Leaving Cambodia on (optional)" name="leavingOn" type="date" defaultValue={values.leavingOn} error={errors.leavingOn} />
      <TextArea label="Notes (optional)" name="notes" defaultValue={values.notes} error={errors.notes} rows={3} />
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </form>
  );
}
