import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { PHONE_NUMBER_HINT } from "@/lib/cases/phone-number";
import { CARD_TYPE_LABELS, CARD_TYPES } from "@/lib/cases/schemas";

type Values = Partial<Record<string, string>>;

/** The fields a case is opened with and can be corrected later: number, card, nickname, dates, notes. */
export function CaseDetailFields({ values, errors, isEsim }: { values: Values; errors: Values; isEsim: boolean }) {
  return (
    <>
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
      <Field label="Leaving Cambodia on (optional)" name="leavingOn" type="date" defaultValue={values.leavingOn} error={errors.leavingOn} />
      <TextArea label="Notes (optional)" name="notes" defaultValue={values.notes} error={errors.notes} rows={3} />
    </>
  );
}
