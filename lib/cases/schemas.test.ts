import { describe, expect, it } from "vitest";
import { newSubmissionKey } from "@/components/ui/submission-key";
import { createCaseSchema, noteSchema, snoozeSchema, submittedOnce } from "./schemas";

const form = (fields: Record<string, string>) => ({
  operator: "SMART",
  simKind: "PHYSICAL",
  providerName: "",
  orderNumber: "",
  cardType: "SEVEN_DAY",
  phoneNumber: "012 345 678",
  nickname: "",
  leavingOn: "",
  notes: "",
  ...fields,
});

const errors = (fields: Record<string, string>) => {
  const result = createCaseSchema.safeParse(form(fields));
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("createCaseSchema", () => {
  it("reads a complete form", () => {
    expect(createCaseSchema.parse(form({ leavingOn: "2027-01-15" }))).toMatchObject({
      operator: "SMART",
      phoneNumber: "+85512345678",
      leavingOn: new Date("2027-01-15T00:00:00Z"),
    });
  });

  it("reports every mistake of one submit together, not one per try", () => {
    const found = errors({ operator: "", phoneNumber: "012 345 67x", leavingOn: "2027-02-30" });
    expect(Object.keys(found).sort()).toEqual(["leavingOn", "operator", "phoneNumber"]);
    expect(found).toMatchObject({ operator: "cases.chooseOperator", leavingOn: "cases.enterDate" });
    expect(found.phoneNumber).toMatch(/^cases\./);
  });

  it("still asks for a number, or an eSIM's order number, once the fields are readable", () => {
    expect(errors({ phoneNumber: "" })).toEqual({ phoneNumber: "cases.enterPhone" });
    expect(errors({ operator: "ESIM", simKind: "ESIM", providerName: "Airalo", phoneNumber: "" })).toEqual({ phoneNumber: "cases.enterEsimPhoneOrOrder" });
    expect(errors({ operator: "ESIM", simKind: "ESIM", providerName: "Airalo", phoneNumber: "", orderNumber: "AB-1" })).toEqual({});
  });

  it("takes an international eSIM's foreign number, and refuses one for a local operator", () => {
    const esim = { operator: "ESIM", simKind: "ESIM", providerName: "Airalo" };
    expect(createCaseSchema.parse(form({ ...esim, phoneNumber: "+44 7700 900123" }))).toMatchObject({ phoneNumber: "+447700900123" });
    expect(createCaseSchema.parse(form({ ...esim, phoneNumber: "012 345 678" }))).toMatchObject({ phoneNumber: "+85512345678" });
    expect(errors({ ...esim, phoneNumber: "+44 77" })).toEqual({ phoneNumber: "cases.phoneInternationalInvalid" });
    expect(errors({ phoneNumber: "+44 7700 900123" })).toEqual({ phoneNumber: "cases.phoneNotCambodian" });
    expect(errors({ operator: "OTHER", providerName: "Cellcard", phoneNumber: "+86 138 0013 8000" })).toEqual({ phoneNumber: "cases.phoneNotCambodian" });
  });

  it("asks an unnamed Other operator for its name, as an eSIM for its provider", () => {
    expect(errors({ operator: "OTHER", providerName: "" })).toEqual({ providerName: "cases.enterOperatorName" });
    expect(errors({ operator: "OTHER", providerName: "Cellcard" })).toEqual({});
  });

  it("takes a leaving day that has passed, but not a slip of the year", () => {
    const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
    expect(errors({ leavingOn: day(-20) })).toEqual({});
    expect(errors({ leavingOn: day(400) })).toEqual({});
    expect(errors({ leavingOn: "2020-01-15" })).toEqual({ leavingOn: "cases.leavingImplausible" });
    expect(errors({ leavingOn: "2099-12-31" })).toEqual({ leavingOn: "cases.leavingImplausible" });
  });
});

describe("submittedOnce", () => {
  const note = submittedOnce(noteSchema);

  it("reads the key the browser makes, and an absent one (a page from before keys) as none", () => {
    const key = newSubmissionKey();
    expect(note.parse({ text: "Ref 1", submissionKey: key })).toEqual({ text: "Ref 1", submissionKey: key });
    expect(note.parse({ text: "Ref 1", submissionKey: "" })).toEqual({ text: "Ref 1", submissionKey: null });
    expect(note.parse({ text: "Ref 1" })).toEqual({ text: "Ref 1", submissionKey: null });
  });

  it("refuses any other key as a tampered form, beside the fields' own refusals", () => {
    const issues = (fields: Record<string, string>) => note.safeParse(fields).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues({ text: "Ref 1", submissionKey: "1" })).toEqual([["submissionKey", "badRequest"]]);
    expect(issues({ text: "", submissionKey: "not-a-uuid-but-36-characters-long-x" })).toEqual([
      ["submissionKey", "badRequest"],
      ["text", "cases.noteRequired"],
    ]);
  });

  it("carries the key beside a snooze's days or date, and still refuses a snooze without a choice", () => {
    const key = newSubmissionKey();
    const snooze = submittedOnce(snoozeSchema);
    expect(snooze.parse({ snooze: "3", date: "", submissionKey: key })).toEqual({ days: 3, submissionKey: key });
    expect(snooze.parse({ snooze: "date", date: "2026-05-08", submissionKey: key })).toEqual({ date: "2026-05-08", submissionKey: key });
    expect(snooze.safeParse({ snooze: "", date: "", submissionKey: key }).error?.issues.map((issue) => issue.message)).toEqual(["reminders.chooseSnooze"]);
  });

  it("keeps the schema's own transforms: the case form's number comes out in full", () => {
    expect(submittedOnce(createCaseSchema).parse({ ...form({}), submissionKey: "" })).toMatchObject({ phoneNumber: "+85512345678", submissionKey: null });
  });
});
