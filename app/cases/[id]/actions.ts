"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { userFormAction, type RawForm } from "@/edge/form-action";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { addStep } from "@/lib/cases/add-step";
import { deleteStep } from "@/lib/cases/delete-step";
import { editStep } from "@/lib/cases/edit-step";
import { moveStep } from "@/lib/cases/move-step";
import {
  caseFormSchema,
  changeStatusSchema,
  deleteCaseSchema,
  followUpScheduleSchema,
  idSchema,
  muteRemindersSchema,
  noteSchema,
  snoozeSchema,
  submittedOnce,
} from "@/lib/cases/schemas";
import { addStepSchema, completeStepSchema, moveStepSchema, stepFormSchema, stepTextSchema } from "@/lib/cases/step-schemas";
import { deleteReceipt } from "@/lib/receipts/delete-receipt";
import { setCaseRemindersMuted } from "@/lib/reminders/set-case-reminders-muted";
import { setFollowUpSchedule } from "@/lib/reminders/set-follow-up-schedule";
import { snoozeCaseReminders } from "@/lib/reminders/snooze-case-reminders";
import { changeCaseStatus, type StatusRequest } from "@/lib/workflows/change-case-status";
import { completeStep } from "@/lib/workflows/complete-step";
import { deleteCaseAndFiles } from "@/lib/workflows/delete-case-and-files";
import { undoStep } from "@/lib/workflows/undo-step";

// Every action: the session, the case's id and the fields parsed, one domain
// call, then the case page and the list are refreshed (edge/form-action.ts).

const casePage = (raw: RawForm) => `/cases/${raw.caseId}`;
const refreshCase = ({ caseId }: { caseId: string }) => [`/cases/${caseId}`, "/cases"];

/** A success message of the case area, in the request's language. */
async function said(key: "cases.stepSaved" | "cases.stepAdded" | "cases.noteAdded" | "reminders.snoozed" | "reminders.followUpsChanged") {
  const t = await getTranslations();
  return { success: t(key) };
}

export const completeStepAction = userFormAction(casePage, {
  fields: ["note"],
  hidden: ["caseId", "stepId", "outcome"],
  schema: stepFormSchema(completeStepSchema),
  run: ({ stepId, outcome, note }, user) => completeStep(user.id, stepId, { outcome, note }),
  revalidate: refreshCase,
});

export const undoStepAction = userFormAction(casePage, {
  hidden: ["caseId", "stepId"],
  schema: stepFormSchema(z.object({})),
  run: ({ stepId }, user) => undoStep(user.id, stepId),
  revalidate: refreshCase,
});

export const editStepAction = userFormAction(casePage, {
  fields: ["title", "howTo", "whatToBring"],
  hidden: ["caseId", "stepId"],
  schema: stepFormSchema(stepTextSchema),
  run: ({ stepId, title, howTo, whatToBring }, user) => editStep(user.id, stepId, { title, howTo, whatToBring }),
  revalidate: refreshCase,
  done: () => said("cases.stepSaved"),
});

export const addStepAction = userFormAction(casePage, {
  fields: ["title", "howTo", "whatToBring"],
  hidden: ["caseId", "kind", "submissionKey"],
  schema: caseFormSchema(submittedOnce(z.preprocess((raw: RawForm) => ({ ...raw, kind: raw.kind || "PROCEDURE" }), addStepSchema))),
  run: ({ caseId, kind, title, howTo, whatToBring, submissionKey }, user) => addStep(user.id, caseId, { kind, title, howTo, whatToBring, submissionKey }),
  revalidate: refreshCase,
  done: () => said("cases.stepAdded"),
});

export const moveStepAction = userFormAction(casePage, {
  hidden: ["caseId", "stepId", "direction", "swapWith"],
  schema: stepFormSchema(moveStepSchema),
  run: ({ stepId, direction, swapWith }, user) => moveStep(user.id, stepId, { direction, swapWith }),
  revalidate: refreshCase,
});

export const deleteStepAction = userFormAction(casePage, {
  hidden: ["caseId", "stepId"],
  schema: stepFormSchema(z.object({})),
  run: ({ stepId }, user) => deleteStep(user.id, stepId),
  revalidate: refreshCase,
});

export const changeStatusAction = userFormAction(casePage, {
  fields: ["days", "counting"],
  hidden: ["caseId", "action", "noProofConfirmed"],
  schema: caseFormSchema(changeStatusSchema),
  run: (input, user) => {
    const request: StatusRequest =
      input.action === "wait"
        ? { type: "wait", days: input.days, counting: input.counting }
        : input.action === "complete"
          ? { type: "complete", noProofConfirmed: input.noProofConfirmed }
          : { type: input.action };
    return changeCaseStatus(user.id, input.caseId, request);
  },
  revalidate: refreshCase,
});

export const addNoteAction = userFormAction(casePage, {
  fields: ["text"],
  hidden: ["caseId", "submissionKey"],
  schema: caseFormSchema(submittedOnce(noteSchema)),
  run: ({ caseId, text, submissionKey }, user) => addCaseNote(user.id, caseId, { text, submissionKey }),
  revalidate: refreshCase,
  done: () => said("cases.noteAdded"),
});

export const deleteCaseAction = userFormAction(casePage, {
  fields: ["confirm"],
  hidden: ["caseId", "submissionKey"],
  schema: caseFormSchema(submittedOnce(deleteCaseSchema)),
  run: ({ caseId, submissionKey }, user) => deleteCaseAndFiles(user.id, caseId, { submissionKey }),
  revalidate: refreshCase,
  done: () => redirect("/cases?deleted=1"),
});

export const snoozeRemindersAction = userFormAction(casePage, {
  fields: ["snooze", "date"],
  hidden: ["caseId", "submissionKey"],
  schema: caseFormSchema(submittedOnce(snoozeSchema)),
  run: ({ caseId, ...snooze }, user) => snoozeCaseReminders(user.id, caseId, snooze),
  revalidate: refreshCase,
  done: () => said("reminders.snoozed"),
});

export const muteRemindersAction = userFormAction(casePage, {
  hidden: ["caseId", "muted"],
  schema: caseFormSchema(muteRemindersSchema),
  run: ({ caseId, muted }, user) => setCaseRemindersMuted(user.id, caseId, muted),
  revalidate: refreshCase,
});

export const followUpScheduleAction = userFormAction(casePage, {
  fields: ["everyDays", "count"],
  hidden: ["caseId"],
  schema: caseFormSchema(followUpScheduleSchema),
  run: ({ caseId, everyDays, count }, user) => setFollowUpSchedule(user.id, caseId, { everyDays, count }),
  revalidate: refreshCase,
  done: () => said("reminders.followUpsChanged"),
});

export const deleteReceiptAction = userFormAction(casePage, {
  hidden: ["caseId", "receiptId"],
  schema: caseFormSchema(z.object({ receiptId: idSchema })),
  run: ({ receiptId }, user) => deleteReceipt(user.id, receiptId),
  revalidate: refreshCase,
});
