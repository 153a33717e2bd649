import { z } from "zod";
import { STEP_NOTE_MAX } from "./case-fields";
import { cleanLine } from "./clean-text";
import { idSchema, optionalText } from "./schemas";

// The step forms' schemas, shared by the forms and the server actions (see schemas.ts).

const stepTitle = z
  .string({ error: "cases.stepTitleRequired" })
  .transform(cleanLine)
  .pipe(z.string().trim().min(1, "cases.stepTitleRequired").max(120, "cases.stepTitleTooLong"));

export const stepTextSchema = z.object({
  title: stepTitle,
  howTo: optionalText(1000, "cases.howToTooLong", "many"),
  whatToBring: optionalText(300, "cases.whatToBringTooLong"),
});

export type StepTextInput = z.output<typeof stepTextSchema>;

export const addStepSchema = stepTextSchema.extend({
  kind: z.enum(["CHECK", "PROCEDURE"]).default("PROCEDURE"),
});

export { STEP_NOTE_MAX };

export const completeStepSchema = z.object({
  outcome: z.enum(["DONE", "SKIPPED"], { error: "cases.chooseOutcome" }),
  note: optionalText(STEP_NOTE_MAX, "cases.stepNoteTooLong", "many"),
});

/**
 * "Move up" or "Move down", and the step the user saw on that side: the move
 * is made only past that step, and a replay finds it done (lib/cases/move-step.ts).
 * Empty or absent from a page older than the field: the move is made unchecked.
 */
export const moveStepSchema = z.object({
  direction: z.enum(["up", "down"], { error: "badRequest" }),
  swapWith: z
    .union([idSchema, z.literal("")], { error: "badRequest" })
    .nullish()
    .transform((value) => value || null),
});

/** A form about one step of a case. */
export function stepFormSchema<T extends z.ZodType>(fields: T) {
  return z.intersection(z.object({ caseId: idSchema, stepId: idSchema }), fields);
}
