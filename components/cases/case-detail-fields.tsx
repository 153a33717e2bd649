import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { CARD_TYPES, CASE_TEXT_LIMITS } from "@/lib/cases/schemas";

type Values = Partial<Record<string, string>>;

/** The fields a case is opened with and can be corrected later: number, card, nickname, dates, notes. */
export function CaseDetailFields({ values, errors, isEsim }: { values: Values; errors: Values; isEsim: boolean }) {
  const t = useTranslations("cases");
  return (
    <>
      <Field
        label={isEsim ? t("form.phoneNumberEsim") : t("form.phoneNumber")}
        name="phoneNumber"
        maxLength={CASE_TEXT_LIMITS.phoneNumber}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        hint={t("form.phoneHint")}
        defaultValue={values.phoneNumber}
        error={errors.phoneNumber}
      />
      {isEsim ? (
        <Field
          label={t("form.orderNumber")}
          name="orderNumber"
          maxLength={CASE_TEXT_LIMITS.orderNumber}
          autoComplete="off"
          defaultValue={values.orderNumber}
          error={errors.orderNumber}
        />
      ) : null}
      <Select
        label={t("form.cardType")}
        name="cardType"
        options={CARD_TYPES.map((type) => ({ value: type, label: t(`cardTypes.${type}`) }))}
        defaultValue={values.cardType ?? "SEVEN_DAY"}
        error={errors.cardType}
      />
      <Field
        label={t("form.nickname")}
        name="nickname"
        maxLength={CASE_TEXT_LIMITS.nickname}
        hint={t("form.nicknameHint")}
        defaultValue={values.nickname}
        error={errors.nickname}
        autoComplete="off"
      />
      <Field label={t("form.leavingOn")} name="leavingOn" type="date" defaultValue={values.leavingOn} error={errors.leavingOn} />
      <TextArea label={t("form.notes")} name="notes" maxLength={CASE_TEXT_LIMITS.notes} defaultValue={values.notes} error={errors.notes} rows={3} />
    </>
  );
}
