import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/http/form-state";
import { runFormAction, type ActionEdge, type FormActionSpec, type RawForm, type RevalidateTarget } from "./run-form-action";
import { requestErrorEdge } from "./translate-user-error";

export type { RawForm } from "./run-form-action";

function revalidate(target: RevalidateTarget): void {
  if (typeof target === "string") revalidatePath(target);
  else revalidatePath(target.layout, "layout");
}

type Action<State> = (previous: State, formData: FormData) => Promise<State>;

/** An action behind sign-in: without a session it sends the visitor to sign in, then back to `returnTo`. */
export function userFormAction<Schema extends z.ZodType, Result, State extends FormState = FormState>(
  returnTo: string | ((raw: RawForm) => string),
  spec: FormActionSpec<Schema, SessionUser, Result, State>,
): Action<State> {
  const edge: ActionEdge<SessionUser> = {
    ...requestErrorEdge,
    session: (raw) => requireUser(typeof returnTo === "string" ? returnTo : returnTo(raw)),
    revalidate,
  };
  return async (_previous, formData) => runFormAction(spec, formData, edge);
}

/** An action anyone may submit: a token in the form (a link from an email) is its authority, or it signs in. */
export function publicFormAction<Schema extends z.ZodType, Result, State extends FormState = FormState>(
  spec: FormActionSpec<Schema, null, Result, State>,
): Action<State> {
  const edge: ActionEdge<null> = {
    ...requestErrorEdge,
    session: () => Promise.resolve(null),
    revalidate,
  };
  return async (_previous, formData) => runFormAction(spec, formData, edge);
}
