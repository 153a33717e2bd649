import type { z } from "zod";
import { fieldErrors } from "@/lib/http/field-errors";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { userErrorState, type ErrorEdge } from "./user-error-answer";

/** The form's text fields as submitted. */
export type RawForm = Record<string, string>;

/** A page to refresh, or a layout with every page under it (the language, the time zone). */
export type RevalidateTarget = string | { layout: string };

/**
 * One server action, declared: which fields it reads, the schema that parses
 * them (from lib/<area>/schemas.ts), the domain call, the paths to refresh,
 * and the answer. The helper does the rest the same way every time.
 */
export type FormActionSpec<Schema extends z.ZodType, User, Result, State extends FormState> = {
  /** Fields with an input of their own: an error shows beside it, and what was typed comes back (never a password). */
  fields?: readonly string[];
  /** Hidden inputs (ids, tokens, the button pressed): parsed, never echoed; an error on one is the form's. */
  hidden?: readonly string[];
  schema: Schema;
  /** What the parse needs from the domain (the case's own operator), read after the session. */
  prepare?: (raw: RawForm, user: User) => Promise<Record<string, unknown>>;
  run: (input: z.output<Schema>, user: User, formData: FormData) => Promise<Result>;
  revalidate?: (input: z.output<Schema>) => readonly RevalidateTarget[];
  /** The answer once done: a success message, or a redirect. Nothing by default. */
  done?: (result: Result, input: z.output<Schema>, user: User) => NoInfer<State> | Promise<NoInfer<State>>;
};

/** What the helper needs from the request, so that a test can stand in for it. */
export type ActionEdge<User> = ErrorEdge & {
  session: (raw: RawForm) => Promise<User>;
  revalidate: (target: RevalidateTarget) => void;
};

const SECRET = /password/i;

export async function runFormAction<Schema extends z.ZodType, User, Result, State extends FormState>(
  spec: FormActionSpec<Schema, User, Result, State>,
  formData: FormData,
  edge: ActionEdge<User>,
): Promise<State> {
  const visible = spec.fields ?? [];
  const hidden = spec.hidden ?? [];
  const raw: RawForm = Object.fromEntries([...visible, ...hidden].map((name) => [name, formText(formData, name)]));
  const kept = visible.filter((name) => !SECRET.test(name));
  const values = kept.length > 0 ? Object.fromEntries(kept.map((name) => [name, raw[name] ?? ""])) : undefined;
  const user = await edge.session(raw);
  let input: z.output<Schema>;
  let result: Result;
  try {
    const parsed = spec.schema.safeParse(spec.prepare ? { ...raw, ...(await spec.prepare(raw, user)) } : raw);
    if (!parsed.success) {
      const errors: Record<string, string | undefined> = {};
      for (const [field, key] of Object.entries(fieldErrors(parsed.error))) {
        const at = hidden.includes(field) ? "form" : field;
        errors[at] ??= key as string;
      }
      return { errors: await edge.translate(errors), values } as State;
    }
    input = parsed.data;
    result = await spec.run(input, user, formData);
  } catch (error) {
    return (await userErrorState(error, values, edge)) as State;
  }
  for (const target of spec.revalidate?.(input) ?? []) edge.revalidate(target);
  return spec.done ? await spec.done(result, input, user) : ({} as State);
}

