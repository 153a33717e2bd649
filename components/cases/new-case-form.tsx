"use client";

import { useActionState, useState } from "react";
import { createCaseAction } from "@/app/cases/new/actions";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { PHONE_NUMBER_HINT } from "@/lib/cases/phone-number";
import { OPERATOR_KEYS, PROCEDURES } from "@/lib/cases/procedure-templates";
import { CARD_TYPE_LABELS, CARD_TYPES, SIM_KIND_LABELS, SIM_KINDS } from "@/lib/cases/schemas";
import { initialFormState } from "@/lib/http/form-state";

const operatorOptions = [
  { value: "", label: "Choose…" },
  ...OPERATOR_KEYS.map((key) => ({ value: key, label: `${PROCEDURES[key].label} (${PROCEDURES[key].channel})` })),
];

export function NewCaseForm() {
  const [state, action] = useActionState(createCaseAction, initialFormState);
  const values = state.values ?? {};
  const [operator, setOperator] = useState(values.operator ?? "");
  const [simKind, setSimKind] = useState(values.simKind ?? "PHYSICAL");
  const errors = state.errors ?? {};
  const isEsim = simKind === "ESIM";

  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormAlert tone="error">{errors.form}</FormAlert>
      <Select
        label="Operator"
        name="operator"
        options={operatorOptions}
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
          label={operator === "ESIM" ? "eSIM provider" : "Operator name (optional)"}
          name="providerName"
          defaultValue={values.providerName}
          error={errors.providerName}
          autoComplete="off"
        />
      ) : null}

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">SIM</legend>
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
              {SIM_KIND_LABELS[kind]}
            </label>
          ))}
        </div>
        {errors.simKind ? <p className="text-sm font-medium text-red-700">{errors.simKind}</p> : null}
      </fieldset>

      <Field
        label={isEsim ? "Phone number (or give the order number below)" : "Phone number"}
        name="phoneNumber"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        hint={PHONE_NUMBER_HINT}
        defaultValue={values.phoneNumber}
        error={errors.phoneNumber}
      />
      {isEsim ? (
        <Field
          label="Provider's order number (optional)"
          name="orderNumber"
          autoComplete="off"
          defaultValue={values.orderNumber}
          error={errors.orderNumber}
        />
      ) : null}

      <Select
        label="Card type"
        name="cardType"
        options={CARD_TYPES.map((type) => ({ value: type, label: CARD_TYPE_LABELS[type] }))}
        defaultValue={values.cardType ?? "SEVEN_DAY"}
        error={errors.cardType}
      />
      <Field
        label="Nickname (optional)"
        name="nickname"
        hint="To tell your SIMs apart, like “Airport tourist card”."
        defaultValue={values.nickname}
        error={errors.nickname}
        autoComplete="off"
      />
      <Field
        label="Leaving Cambodia on (optional)"
        name="leavingOn"
        type="date"
        defaultValue={values.leavingOn}
        error={errors.leavingOn}
      />
      <TextArea label="Notes (optional)" name="notes" defaultValue={values.notes} error={errors.notes} rows={3} />
      <SubmitButton pendingLabel="Opening the case…">Open the case</SubmitButton>
    </form>
  );
}
