import "server-only";
import { notFound } from "next/navigation";
import { UserError } from "@/lib/http/user-error";
import { localizeErrors } from "@/lib/i18n/localize-errors";
import { userErrorResponse, type ErrorEdge } from "./user-error-answer";

/** The request's language (next-intl) and Next's 404 page: how the app answers a UserError. */
export const requestErrorEdge: ErrorEdge = { translate: localizeErrors, notFound };

/** Wraps a route handler: a UserError thrown anywhere in it becomes its HTTP answer, in the request's language. */
export function answeringUserErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
  options: { as?: "json" | "text"; headers?: (error: UserError) => Record<string, string> | undefined } = {},
) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const headers = error instanceof UserError ? options.headers?.(error) : undefined;
      return userErrorResponse(error, { as: options.as, headers }, requestErrorEdge);
    }
  };
}
