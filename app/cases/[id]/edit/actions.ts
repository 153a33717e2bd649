"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { editCase } from "@/lib/cases/edit-case";
import { getCaseKind } from "@/lib/cases/get-case-kind";
import { createCaseSchema, idSchema } from "@/lib/cases/schemas";
import { toFormState } from "@/lib/cases/to-form-state";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors, localizeErrors } from "@/lib/i18n/localize-errors";

const FIELDS = ["providerName", "cardType", "phoneNumber", "orderNumber", "nickname", "leavingOn", "notes"] as const;

export async function editCaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const caseId = idSchema.safeParse(formText(formData, "caseId"));
  if (!caseId.success) return { errors: await localizeErrors({ form: "cases.badRequest" }) };
  const user = await requireUser(`/cases/${caseId.data}/edit`);
  const values = Object.fromEntries(FIELDS.map((field) => [field, formText(formData, field)]));
  try {
    // The operator and SIM kind are the case's own, not the form's: they decide which fields are required.
    const current = await getCaseKind(user.id, caseId.data);
    const parsed = createCaseSchema.safeParse({ ...values, operator: current.operator, simKind: current.simKind });
    if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error), values };
    const { operator: _operator, simKind: _simKind, ...input } = parsed.data;
    await editCase(user.id, caseId.data, input);
  } catch (error) {
    return await toFormState(error);
  }
  revalidatePath(`/cases/${caseId.data}`);
  revalidatePath("/cases");
  redirect(`/cases/${caseId.data}`);
}
