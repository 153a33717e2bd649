import "server-only";
import { db } from "@/lib/db/client";
import { getTranslator } from "@/lib/i18n/translator";
import { createOncePerSubmission } from "./create-once-per-submission";
import { nextDueAt } from "./next-due-at";
import { CHECKLIST, PROCEDURES, type OperatorKey, type StepTemplate } from "./procedure-templates";
import type { CreateCaseInput } from "./schemas";
import { templateStepText, type MessageTranslator } from "./step-text";

function stepRows(t: MessageTranslator, operator: OperatorKey, kind: "CHECK" | "PROCEDURE", templates: StepTemplate[]) {
  return templates.map((template, position) => {
    // The English words are stored as the step's own copy: readers see the template in their
    // language while the key is known, and this copy if the template is ever removed.
    const text = templateStepText(t, template.key, operator);
    if (!text) throw new Error(`No English messages for the step template ${template.key}`);
    return {
      kind,
      position,
      templateKey: template.key,
      title: text.title,
      howTo: text.howTo,
      whatToBring: text.whatToBring,
      startsWaiting: template.startsWaiting ?? false,
    };
  });
}

/**
 * Opens a case with its own copy of the checklist and the operator's procedure.
 * `sameNumberOpen`: another open case of the user for the same number, which
 * the new case's page points to. It is a hint, not a refusal: a second case
 * for one SIM is a slip to undo, and never worth a lost form.
 * The same `submissionKey` again opens nothing and answers with the case it opened.
 */
export async function createCase(
  ownerId: string,
  { submissionKey = null, ...input }: CreateCaseInput & { submissionKey?: string | null },
  now = new Date(),
): Promise<{ id: string; sameNumberOpen: string | null }> {
  const english = await getTranslator("en", "UTC");
  const steps = [
    ...stepRows(english, input.operator, "CHECK", CHECKLIST),
    ...stepRows(english, input.operator, "PROCEDURE", PROCEDURES[input.operator].steps),
  ];
  const { id } = await createOncePerSubmission({ userId: ownerId, kind: "CASE", key: submissionKey, now }, (tx) =>
    tx.case.create({
      data: {
        ownerId,
        ...input,
        status: "OPEN",
        nextDueAt: nextDueAt({ status: "OPEN", expectedBy: null, leavingOn: input.leavingOn }),
        createdAt: now,
        updatedAt: now,
        steps: { create: steps },
        events: {
          create: {
            actorId: ownerId,
            kind: "CASE_CREATED",
            createdAt: now,
            data: { operator: input.operator, providerName: input.providerName },
          },
        },
      },
      select: { id: true },
    }),
  );
  const other = input.phoneNumber
    ? await db().case.findFirst({
        where: { ownerId, phoneNumber: input.phoneNumber, id: { not: id }, status: { notIn: ["DONE", "GIVEN_UP"] } },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      })
    : null;
  return { id, sameNumberOpen: other?.id ?? null };
}
