import { operatorName } from "@/lib/cases/operator-name";
import type { OperatorKey } from "@/lib/cases/procedure-templates";
import type { MessageTranslator } from "@/lib/cases/step-text";

/**
 * How a chat message names a case: operator plus the last digits of the number
 * (or of the eSIM order), never the whole number. Telegram holds what we send.
 */
export function caseName(
  t: MessageTranslator,
  target: { operator: OperatorKey; providerName: string | null; phoneNumber: string | null; orderNumber: string | null; nickname: string | null },
): string {
  const operator = operatorName(t, target.operator, target.providerName);
  const reference = target.phoneNumber ?? target.orderNumber;
  const digits = reference ? ` ···${reference.replace(/\s/g, "").slice(-4)}` : "";
  return target.nickname ? `${operator}${digits} (${target.nickname})` : `${operator}${digits}`;
}
