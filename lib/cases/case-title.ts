import { operatorName } from "./operator-name";
import type { OperatorKey } from "./procedure-templates";
import type { MessageTranslator } from "./step-text";

export type TitledCase = {
  nickname: string | null;
  operator: OperatorKey;
  providerName: string | null;
  phoneNumber: string | null;
  orderNumber: string | null;
};

/** The last four digits of a number, or the last four characters of an order number. */
function tail(value: string, digitsOnly: boolean): string {
  const kept = digitsOnly ? value.replace(/\D/g, "") : value.replace(/\s/g, "");
  return kept.slice(-4);
}

/**
 * What a case is called everywhere (its page, the lists, the dashboard, email
 * subjects, the calendar): the nickname, else the operator and the number's
 * last digits, so two Smart SIMs never look alike. The messages join those
 * with no-break spaces: "Metfone" and "…4567" fell on two lines on a phone.
 */
export function caseTitle(t: MessageTranslator, item: TitledCase): string {
  if (item.nickname) return item.nickname;
  const operator = operatorName(t, item.operator, item.providerName);
  if (item.phoneNumber) return t("caseTitle.withNumber" as never, { operator, digits: tail(item.phoneNumber, true) } as never);
  if (item.orderNumber) return t("caseTitle.withOrder" as never, { operator, digits: tail(item.orderNumber, false) } as never);
  return operator;
}
