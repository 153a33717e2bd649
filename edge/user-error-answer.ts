import type { FormState } from "@/lib/http/form-state";
import { UserError } from "@/lib/http/user-error";
import type { ErrorKey } from "@/lib/i18n/localize-errors";

/** What an edge needs to answer a refusal: the messages in the request's language, and the 404 page. */
export type ErrorEdge = {
  translate: (errors: Record<string, ErrorKey | undefined>) => Promise<Record<string, string | undefined>>;
  notFound: () => never;
};

/**
 * The one place a UserError becomes words. For a form: the message beside its
 * field, what was typed kept; "not found, or not yours" is the 404 page, as
 * for a page. Anything that is not a UserError is a real error: rethrown.
 */
export async function userErrorState(error: unknown, values: Record<string, string> | undefined, edge: ErrorEdge): Promise<FormState> {
  if (!(error instanceof UserError)) throw error;
  if (error.status === 404) edge.notFound();
  return { errors: await edge.translate({ [error.field]: { key: error.key, values: error.values } }), values };
}

/** The same refusal as an HTTP answer: its status, and the message as JSON `{ error }` or plain text. */
export async function userErrorResponse(
  error: unknown,
  options: { as?: "json" | "text"; headers?: Record<string, string> },
  edge: Pick<ErrorEdge, "translate">,
): Promise<Response> {
  if (!(error instanceof UserError)) throw error;
  const message = (await edge.translate({ form: { key: error.key, values: error.values } })).form ?? "";
  if (options.as === "text") {
    return new Response(message, { status: error.status, headers: { "content-type": "text/plain; charset=utf-8", ...options.headers } });
  }
  return Response.json({ error: message }, { status: error.status, headers: options.headers });
}
