import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { fieldErrors } from "@/lib/http/field-errors";
import { calendarFeedActionSchema, feedTokenSchema } from "./schemas";

describe("calendar schemas", () => {
  it("know the two things the calendar page asks for", () => {
    expect(calendarFeedActionSchema.parse({ intent: "create" })).toEqual({ intent: "create" });
    expect(calendarFeedActionSchema.parse({ intent: "revoke" })).toEqual({ intent: "revoke" });
  });

  it.each(["delete", "", "CREATE", null])("refuse the intent %j with an error the page can show", (intent) => {
    const result = calendarFeedActionSchema.safeParse({ intent });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!).intent).toBe("calendar.badRequest");
    expect(en.errors.calendar.badRequest).toBeTruthy();
  });

  it("read a feed token with or without .ics, and nothing else", () => {
    const token = "A".repeat(43);
    expect(feedTokenSchema.parse(`${token}.ics`)).toBe(token);
    expect(feedTokenSchema.parse(token)).toBe(token);
    for (const bad of ["short", `${token}A`, `${token}.ics.ics`, "../../etc/passwd"]) expect(feedTokenSchema.safeParse(bad).success).toBe(false);
  });
});
