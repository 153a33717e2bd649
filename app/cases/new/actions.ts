"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { createCase } from "@/lib/cases/create-case";
import { createCaseSchema } from "@/lib/cases/schemas";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors } from "@/lib/i18n/localize-errors";

const FIELDS = ["operator", "providerName", "simKind", "cardType", "phoneNumber", "orderNumber", "nickname", "leavingOn", "notes"] as const;

export async function createCaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/cases/new");
  const values = Object.fromEntries(FIELDS.map((field) => [field, formText(formData, field)]));
  const parsed = createCaseSchema.safeParse(values);
  if (!parsed.success) return { errors: await localizedFieldErrors(parsed.error), values };
  const created = await createCase(user.id, parsed.data);
  revalidatePath("/cases");
  redirect(`/cases/${created.id}`);
}
