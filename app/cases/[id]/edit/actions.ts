"use server";

import { redirect } from "next/navigation";
import { userFormAction } from "@/edge/form-action";
import { editCase } from "@/lib/cases/edit-case";
import { getCaseKind } from "@/lib/cases/get-case-kind";
import { caseFormSchema, createCaseSchema } from "@/lib/cases/schemas";

export const editCaseAction = userFormAction((raw) => `/cases/${raw.caseId}/edit`, {
  fields: ["providerName", "cardType", "phoneNumber", "orderNumber", "nickname", "leavingOn", "notes"],
  hidden: ["caseId"],
  // The operator and SIM kind are the case's own, not the form's: they decide which fields are required.
  prepare: (raw, user) => getCaseKind(user.id, raw.caseId ?? ""),
  schema: caseFormSchema(createCaseSchema),
  run: ({ caseId, operator: _operator, simKind: _simKind, ...input }, user) => editCase(user.id, caseId, input),
  revalidate: ({ caseId }) => [`/cases/${caseId}`, "/cases"],
  // The case page says it was saved, and gives that message the focus (RedirectNotice).
  done: (_result, { caseId }) => redirect(`/cases/${caseId}?saved=1`),
});
