import { findStepTemplate, PROCEDURES, type OperatorKey } from "./procedure-templates";

/**
 * A translator over all messages (next-intl's getTranslations() / createTranslator()).
 * Step keys are built at run time from a step's template, so they are checked with `has`.
 */
export type MessageTranslator = {
  (key: never, values?: never): string;
  has(key: never): boolean;
};

export type StepText = { title: string; howTo: string | null; whatToBring: string | null };

/** A template step's words in the translator's language, or null for a key Simcase no longer knows. */
export function templateStepText(t: MessageTranslator, templateKey: string | null, operator: OperatorKey): StepText | null {
  const template = findStepTemplate(templateKey);
  if (!template) return null;
  const base = `procedures.${template.group}.${template.key}`;
  if (!t.has(`${base}.title` as never)) return null;
  // Shared in-store steps name the case's operator.
  const values = { operator: PROCEDURES[operator].label } as never;
  return {
    title: t(`${base}.title` as never, values),
    howTo: t(`${base}.howTo` as never, values),
    whatToBring: template.hasWhatToBring ? t(`${base}.whatToBring` as never, values) : null,
  };
}

/**
 * What a reader sees of a case's step: a template step in the reader's language;
 * a step the user wrote or edited (no templateKey), or an unknown template, as stored.
 */
export function stepText(
  t: MessageTranslator,
  step: { templateKey: string | null; title: string; howTo: string | null; whatToBring: string | null },
  operator: OperatorKey,
): StepText {
  return templateStepText(t, step.templateKey, operator) ?? { title: step.title, howTo: step.howTo, whatToBring: step.whatToBring };
}
