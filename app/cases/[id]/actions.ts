"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { addStep } from "@/lib/cases/add-step";
import { changeCaseStatus, type StatusRequest } from "@/lib/workflows/change-case-status";
import { completeStep } from "@/lib/workflows/complete-step";
import { deleteCaseAndFiles } from "@/lib/workflows/delete-case-and-files";
import { deleteStep } from "@/lib/cases/delete-step";
import { editStep } from "@/lib/cases/edit-step";
import { moveStep } from "@/lib/cases/move-step";
import {
  addStepSchema,
  completeCaseSchema,
  completeStepSchema,
  followUpScheduleSchema,
  idSchema,
  moveStepSchema,
  noteSchema,
  snoozeSchema,
  stepTextSchema,
  waitForOperatorSchema,
} from "@/lib/cases/schemas";
import { toFormState } from "@/lib/cases/to-form-state";
import { undoStep } from "@/lib/workflows/undo-step";
import { deleteReceipt } from "@/lib/receipts/delete-receipt";
import { setCaseRemindersMuted } from "@/lib/reminders/set-case-reminders-muted";
import { setFollowUpSchedule } from "@/lib/reminders/set-follow-up-schedule";
import { snoozeCaseReminders } from "@/lib/reminders/snooze-case-reminders";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";

// Every action: the session, the ids and fields parsed, one domain call, then
// the case page and the list are refreshed.

async function context(formData: FormData) {
  const caseId = idSchema.safeParse(formText(formData, "caseId"));
  if (!caseId.success) return null;
  const user = await requireUser(`/cases/${caseId.data}`);
  return { userId: user.id, caseId: caseId.data };
}

function refresh(caseId: string) {
  revalidatePath(`/cases/${caseId}`);
  revalidatePath("/cases");
}

async function badRequest(): Promise<FormState> {
  return { errors: await localizeErrors({ form: "cases.badRequest" }) };
}

/** A success message of the case area, in the request's language. */
async function said(key: "cases.stepSaved" | "cases.stepAdded" | "cases.noteAdded" | "reminders.snoozed" | "reminders.followUpsChanged") {
  const t = await getTranslations();
  return { success: t(key) };
}

async function run(caseId: string, work: () => Promise<unknown>): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    return await toFormState(error);
  }
  refresh(caseId);
  return {};
}

export async function completeStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const stepId = idSchema.safeParse(formText(formData, "stepId"));
  const values = { note: formText(formData, "note") };
  const input = completeStepSchema.safeParse({ outcome: formText(formData, "outcome"), ...values });
  if (!ctx || !stepId.success) return badRequest();
  if (!input.success) return { errors: await localizedFieldErrors(input.error), values };
  return run(ctx.caseId, () => completeStep(ctx.userId, stepId.data, input.data));
}

export async function undoStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const stepId = idSchema.safeParse(formText(formData, "stepId"));
  if (!ctx || !stepId.success) return badRequest();
  return run(ctx.caseId, () => undoStep(ctx.userId, stepId.data));
}

export async function editStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const stepId = idSchema.safeParse(formText(formData, "stepId"));
  const values = { title: formText(formData, "title"), howTo: formText(formData, "howTo"), whatToBring: formText(formData, "whatToBring") };
  const input = stepTextSchema.safeParse(values);
  if (!ctx || !stepId.success) return badRequest();
  if (!input.success) return { errors: await localizedFieldErrors(input.error), values };
  const result = await run(ctx.caseId, () => editStep(ctx.userId, stepId.data, input.data));
  return result.errors ? result : said("cases.stepSaved");
}

export async function addStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const values = {
    kind: formText(formData, "kind") || "PROCEDURE",
    title: formText(formData, "title"),
    howTo: formText(formData, "howTo"),
    whatToBring: formText(formData, "whatToBring"),
  };
  const input = addStepSchema.safeParse(values);
  if (!ctx) return badRequest();
  if (!input.success) return { errors: await localizedFieldErrors(input.error), values };
  const result = await run(ctx.caseId, () => addStep(ctx.userId, ctx.caseId, input.data));
  return result.errors ? result : said("cases.stepAdded");
}

export async function moveStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const stepId = idSchema.safeParse(formText(formData, "stepId"));
  const input = moveStepSchema.safeParse({ direction: formText(formData, "direction") });
  if (!ctx || !stepId.success || !input.success) return badRequest();
  return run(ctx.caseId, () => moveStep(ctx.userId, stepId.data, input.data.direction));
}

export async function deleteStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const stepId = idSchema.safeParse(formText(formData, "stepId"));
  if (!ctx || !stepId.success) return badRequest();
  return run(ctx.caseId, () => deleteStep(ctx.userId, stepId.data));
}

const SIMPLE_STATUS_ACTIONS = ["start", "resume", "flagNeedsAction", "giveUp", "reopen"] as const;

export async function changeStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  if (!ctx) return badRequest();
  const type = formText(formData, "action");
  let request: StatusRequest;
  if (type === "wait") {
    const values = { days: formText(formData, "days"), counting: formText(formData, "counting") };
    const input = waitForOperatorSchema.safeParse(values);
    if (!input.success) return { errors: await localizedFieldErrors(input.error), values };
    request = { type, ...input.data };
  } else if (type === "complete") {
    const input = completeCaseSchema.safeParse({ noProofConfirmed: formText(formData, "noProofConfirmed") });
    if (!input.success) return badRequest();
    request = { type, ...input.data };
  } else if ((SIMPLE_STATUS_ACTIONS as readonly string[]).includes(type)) {
    request = { type: type as (typeof SIMPLE_STATUS_ACTIONS)[number] };
  } else {
    return badRequest();
  }
  return run(ctx.caseId, () => changeCaseStatus(ctx.userId, ctx.caseId, request));
}

export async function addNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const values = { text: formText(formData, "text") };
  const input = noteSchema.safeParse(values);
  if (!ctx) return badRequest();
  if (!input.success) return { errors: await localizedFieldErrors(input.error), values };
  const result = await run(ctx.caseId, () => addCaseNote(ctx.userId, ctx.caseId, input.data.text));
  return result.errors ? result : said("cases.noteAdded");
}

export async function deleteCaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  if (!ctx) return badRequest();
  if (formText(formData, "confirm") !== "delete") {
    return { errors: await localizeErrors({ confirm: "cases.confirmDelete" }) };
  }
  const result = await run(ctx.caseId, () => deleteCaseAndFiles(ctx.userId, ctx.caseId));
  if (result.errors) return result;
  redirect("/cases?deleted=1");
}

export async function snoozeRemindersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const values = { snooze: formText(formData, "snooze"), date: formText(formData, "date") };
  const input = snoozeSchema.safeParse(values);
  if (!ctx) return badRequest();
  if (!input.success) return { errors: await localizedFieldErrors(input.error), values };
  const result = await run(ctx.caseId, () => snoozeCaseReminders(ctx.userId, ctx.caseId, input.data));
  return result.errors ? result : said("reminders.snoozed");
}

export async function muteRemindersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const muted = formText(formData, "muted");
  if (!ctx || (muted !== "true" && muted !== "false")) return badRequest();
  return run(ctx.caseId, () => setCaseRemindersMuted(ctx.userId, ctx.caseId, muted === "true"));
}

export async function followUpScheduleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const values = { everyDays: formText(formData, "everyDays"), count: formText(formData, "count") };
  const input = followUpScheduleSchema.safeParse(values);
  if (!ctx) return badRequest();
  if (!input.success) return { errors: await localizedFieldErrors(input.error), values };
  const result = await run(ctx.caseId, () => setFollowUpSchedule(ctx.userId, ctx.caseId, input.data));
  return result.errors ? result : said("reminders.followUpsChanged");
}

export async function deleteReceiptAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const ctx = await context(formData);
  const receiptId = idSchema.safeParse(formText(formData, "receiptId"));
  if (!ctx || !receiptId.success) return badRequest();
  return run(ctx.caseId, () => deleteReceipt(ctx.userId, receiptId.data));
}
