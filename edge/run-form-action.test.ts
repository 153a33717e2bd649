import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { notFoundError, UserError } from "@/lib/http/user-error";
import type { ErrorKey } from "@/lib/i18n/localize-errors";
import en from "@/messages/en.json";
import { runFormAction, type ActionEdge, type RevalidateTarget } from "./run-form-action";

// The helper with a stand-in for the request: English messages, a signed-in
// user, and a record of what would be refreshed.
class NotFoundPage extends Error {}

function testEdge() {
  const t = createTranslator({ locale: "en", messages: en, namespace: "errors" });
  const refreshed: RevalidateTarget[] = [];
  const edge: ActionEdge<{ id: string }> = {
    session: () => Promise.resolve({ id: "user-1" }),
    translate: (errors: Record<string, ErrorKey | undefined>) => {
      const out: Record<string, string | undefined> = {};
      for (const [field, error] of Object.entries(errors)) {
        const { key, values } = typeof error === "string" ? { key: error, values: undefined } : error!;
        out[field] = t.has(key as never) ? t(key as never, values as never) : t("invalidValue");
      }
      return Promise.resolve(out);
    },
    notFound: () => {
      throw new NotFoundPage();
    },
    revalidate: (target) => refreshed.push(target),
  };
  return { edge, refreshed };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const noteSpec = {
  fields: ["text", "password"],
  hidden: ["caseId"],
  schema: z.object({
    caseId: z.string().min(1, "badRequest"),
    text: z.string().trim().min(1, "cases.noteRequired"),
    password: z.string(),
  }),
  revalidate: ({ caseId }: { caseId: string }) => [`/cases/${caseId}`],
};

describe("runFormAction", () => {
  it("runs the domain call with the parsed input and the user, then refreshes", async () => {
    const { edge, refreshed } = testEdge();
    const calls: unknown[] = [];
    const state = await runFormAction(
      { ...noteSpec, run: (input, user) => Promise.resolve(void calls.push([input, user])), done: () => ({ success: "saved" }) },
      form({ caseId: "c1", text: " hello ", password: "x" }),
      edge,
    );
    expect(state).toEqual({ success: "saved" });
    expect(calls).toEqual([[{ caseId: "c1", text: "hello", password: "x" }, { id: "user-1" }]]);
    expect(refreshed).toEqual(["/cases/c1"]);
  });

  it("answers bad input with translated field errors and keeps what was typed, never a password", async () => {
    const { edge, refreshed } = testEdge();
    let ran = false;
    const state = await runFormAction(
      { ...noteSpec, run: () => Promise.resolve(void (ran = true)) },
      form({ caseId: "c1", text: "   ", password: "secret" }),
      edge,
    );
    expect(state).toEqual({ errors: { text: en.errors.cases.noteRequired }, values: { text: "   " } });
    expect(ran).toBe(false);
    expect(refreshed).toEqual([]);
  });

  it("puts an error on a hidden input at the top of the form", async () => {
    const { edge } = testEdge();
    const state = await runFormAction({ ...noteSpec, run: async () => {} }, form({ text: "hi" }), edge);
    expect(state.errors).toEqual({ form: en.errors.badRequest });
  });

  it("turns a UserError into its translated message, beside its field, keeping the values", async () => {
    const { edge, refreshed } = testEdge();
    const formError = await runFormAction(
      {
        ...noteSpec,
        run: () => Promise.reject(new UserError("auth.tooManyAttempts", { status: 429, values: { minutes: 3 } })),
      },
      form({ caseId: "c1", text: "hi" }),
      edge,
    );
    expect(formError).toEqual({ errors: { form: "Too many attempts. Try again in 3 minutes." }, values: { text: "hi" } });
    const fieldError = await runFormAction(
      { ...noteSpec, run: () => Promise.reject(new UserError("cases.notesTooLong", { field: "text" })) },
      form({ caseId: "c1", text: "hi" }),
      edge,
    );
    expect(fieldError.errors).toEqual({ text: en.errors.cases.notesTooLong });
    expect(refreshed).toEqual([]);
  });

  it("shows the 404 page for something that is not found, or not the user's", async () => {
    const { edge } = testEdge();
    const attempt = runFormAction({ ...noteSpec, run: () => Promise.reject(notFoundError("cases.notFound")) }, form({ caseId: "c1", text: "hi" }), edge);
    await expect(attempt).rejects.toBeInstanceOf(NotFoundPage);
  });

  it("rethrows any other error instead of swallowing it", async () => {
    const { edge, refreshed } = testEdge();
    const broken = new Error("database down");
    const attempt = runFormAction({ ...noteSpec, run: () => Promise.reject(broken) }, form({ caseId: "c1", text: "hi" }), edge);
    await expect(attempt).rejects.toBe(broken);
    expect(refreshed).toEqual([]);
  });

  it("reads the session before anything else, so a signed-out visitor is sent away first", async () => {
    const { edge } = testEdge();
    const seen: string[] = [];
    const signedOut = { ...edge, session: (raw: Record<string, string>) => Promise.reject(new Error(`sign in, back to ${raw.caseId}`)) };
    const attempt = runFormAction({ ...noteSpec, run: () => Promise.resolve(void seen.push("ran")) }, form({ caseId: "c1", text: "" }), signedOut);
    await expect(attempt).rejects.toThrow("sign in, back to c1");
    expect(seen).toEqual([]);
  });
});
