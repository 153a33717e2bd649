import { createCase } from "@/lib/cases/create-case";
import { db } from "@/lib/db/client";
import { createCaseSchema } from "@/lib/cases/schemas";

type FormFields = Partial<Record<keyof typeof defaults, string>>;

const defaults = {
  operator: "SMART",
  providerName: "",
  simKind: "PHYSICAL",
  cardType: "SEVEN_DAY",
  phoneNumber: "012 345 678",
  orderNumber: "",
  nickname: "",
  leavingOn: "",
  notes: "",
};

/** The new-case form's input as the shared schema makes it from the form's strings. */
export function testCaseInput(fields: FormFields = {}) {
  return createCaseSchema.parse({ ...defaults, ...fields });
}

/** A case made the way the form makes one: fields as strings, through the shared schema. */
export async function createTestCase(ownerId: string, fields: FormFields = {}, now?: Date) {
  return createCase(ownerId, testCaseInput(fields), now);
}

/** What a replayed request must leave as it was: the case row, its timeline and its reminders. */
export async function caseSnapshot(caseId: string) {
  const [row, events, reminders] = await Promise.all([
    db().case.findUniqueOrThrow({ where: { id: caseId } }),
    db().caseEvent.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } }),
    db().reminder.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true, state: true, dueAt: true } }),
  ]);
  return { row, events, reminders };
}
