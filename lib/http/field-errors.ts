import type { z } from "zod";

export type FieldErrors<T> = Partial<Record<keyof T | "form", string>>;

/** The first message per field: what a form shows next to each input. */
export function fieldErrors<T>(error: z.ZodError<T>): FieldErrors<T> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out as FieldErrors<T>;
}
