"use server";

import { redirect } from "next/navigation";
import { userFormAction } from "@/edge/form-action";
import { createCase } from "@/lib/cases/create-case";
import { createCaseSchema, submittedOnce } from "@/lib/cases/schemas";

export const createCaseAction = userFormAction("/cases/new", {
  fields: ["operator", "providerName", "simKind", "cardType", "phoneNumber", "orderNumber", "nickname", "leavingOn", "notes"],
  hidden: ["submissionKey"],
  schema: submittedOnce(createCaseSchema),
  run: (input, user) => createCase(user.id, input),
  revalidate: () => ["/cases"],
  done: (created) => redirect(created.sameNumberOpen ? `/cases/${created.id}?sameNumber=${created.sameNumberOpen}` : `/cases/${created.id}`),
});
