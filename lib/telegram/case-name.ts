import { caseTitle, type TitledCase } from "@/lib/cases/case-title";
import type { MessageTranslator } from "@/lib/cases/step-text";

/**
 * How a chat message names a case: as the site's lists do (the operator and
 * the last digits of the number or eSIM order, never the whole number:
 * Telegram holds what we send), with the nickname after it.
 */
export function caseName(t: MessageTranslator, target: TitledCase): string {
  const title = caseTitle(t, { ...target, nickname: null });
  return target.nickname ? t("telegram.bot.caseNamed" as never, { name: title, nickname: target.nickname } as never) : title;
}
