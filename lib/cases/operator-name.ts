import { type OperatorKey } from "./procedure-templates";
import type { MessageTranslator } from "./step-text";

/** The case's operator as the reader calls it: the provider's own name when given, else the translated label. */
export function operatorName(t: MessageTranslator, operator: OperatorKey, providerName: string | null): string {
  return (operator === "ESIM" || operator === "OTHER") && providerName
    ? providerName
    : t(`procedures.operators.${operator}.label` as never);
}
