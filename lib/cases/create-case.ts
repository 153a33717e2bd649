import "server-only";
import { db } from "@/lib/db/client";
import { nextDueAt } from "./next-due-at";
import { CHECKLIST, PROCEDURES, type StepTemplate } from "./procedure-templates";
import type { CreateCaseInput } from "./schemas";

function stepRows(kind: "CHECK" | "PROCEDURE", templates: StepTemplate[]) {
  return templates.map((template, position) => ({
    kind,
    position,
    templateKey: template.key,
    title: template.title,
    howTo: template.howTo,
    whatToBring: template.whatToBring ?? null,
    startsWaiting: template.startsWaiting ?? false,
  }));
}

/** Opens a case with its own copy of the checklist and the operator's procedure. */
export async function createCase(ownerId: string, input: CreateCaseInput, now = new Date()): Promise<{ id: string }> {
  return db().case.create({
    data: {
      ownerId,
      ...input,
      status: "OPEN",
      nextDueAt: nextDueAt({ status: "OPEN", expectedBy: null, leavingOn: input.leavingOn }),
      createdAt: now,
      updatedAt: now,
      steps: { create: [...stepRows("CHECK", CHECKLIST), ...stepRows("PROCEDURE", PROCEDURES[input.operator].steps)] },
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
  });
}
