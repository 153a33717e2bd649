import { z } from "zod";
import { REVIEW_COUNTINGS } from "@/lib/time/working-days";
import { CARD_TYPES, CASE_TEXT_LIMITS, SIM_KINDS } from "./case-fields";
import { cleanLine, cleanLines } from "./clean-text";
import { isCambodianPhone, parsePhone } from "./phone-number";
import { OPERATOR_KEYS } from "./procedure-templates";

// Shared by the forms and the server actions. Form fields arrive as strings;
// empty strings mean "not given".

/** An optional field, cleaned (clean-text.ts) before it is trimmed and measured. */
export const optionalText = (max: number, tooLong: string, lines: "one" | "many" = "one") =>
  z
    .string()
    .transform(lines === "one" ? cleanLine : cleanLines)
    .pipe(z.string().trim().max(max, tooLong))
    .transform((value) => (value === "" ? null : value));

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseIsoDate(value: string): Date | null {
  if (!isoDate.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

const EARLIEST_LEAVING_DAY = new Date("2024-01-01T00:00:00Z");
const LEAVING_DAY_HORIZON_MS = 2 * 366 * 24 * 60 * 60 * 1000;

export { CARD_TYPES, CASE_TEXT_LIMITS, SIM_KINDS };

export const createCaseSchema = z
  .object({
    operator: z.enum(OPERATOR_KEYS, { error: "cases.chooseOperator" }),
    providerName: optionalText(CASE_TEXT_LIMITS.providerName, "cases.providerNameTooLong"),
    simKind: z.enum(SIM_KINDS, { error: "cases.chooseSimKind" }),
    cardType: z.enum(CARD_TYPES, { error: "cases.chooseCardType" }),
    // A number or a date that cannot be read is refused here, on the field, so
    // that it is reported with the rest (a missing operator, say) in one go:
    // the object's transform below runs only once every field has passed.
    phoneNumber: z
      .string()
      .trim()
      .max(CASE_TEXT_LIMITS.phoneNumber, "cases.phoneTooLong")
      .check((ctx) => {
        const parsed = ctx.value === "" ? null : parsePhone(ctx.value);
        if (parsed && !parsed.ok) ctx.issues.push({ code: "custom", message: parsed.error, input: ctx.value });
      }),
    orderNumber: optionalText(CASE_TEXT_LIMITS.orderNumber, "cases.orderNumberTooLong"),
    nickname: optionalText(CASE_TEXT_LIMITS.nickname, "cases.nicknameTooLong"),
    leavingOn: z
      .string()
      .trim()
      .refine((value) => value === "" || parseIsoDate(value) !== null, "cases.enterDate")
      // A past day is taken (the traveller may have left already); a slip of the
      // year ("2020", "2099") is not: it would put the case's warnings on the wrong day.
      .refine((value) => {
        const date = value === "" ? null : parseIsoDate(value);
        return date === null || (date >= EARLIEST_LEAVING_DAY && date.getTime() <= Date.now() + LEAVING_DAY_HORIZON_MS);
      }, "cases.leavingImplausible"),
    notes: optionalText(CASE_TEXT_LIMITS.notes, "cases.notesTooLong", "many"),
  })
  .transform((input, ctx) => {
    if (input.operator === "ESIM" && !input.providerName) {
      ctx.addIssue({ code: "custom", path: ["providerName"], message: "cases.enterProviderName" });
    }
    // Unnamed, "Other" stood in for the operator in every sentence ("Add the steps Other asks for").
    if (input.operator === "OTHER" && !input.providerName) {
      ctx.addIssue({ code: "custom", path: ["providerName"], message: "cases.enterOperatorName" });
    }
    let phoneNumber: string | null = null;
    if (input.phoneNumber !== "") {
      const parsed = parsePhone(input.phoneNumber);
      if (parsed.ok) phoneNumber = parsed.e164;
      // Only an international eSIM provider's number may be foreign: the local operators' are all +855.
      if (phoneNumber && !isCambodianPhone(phoneNumber) && input.operator !== "ESIM") {
        ctx.addIssue({ code: "custom", path: ["phoneNumber"], message: "cases.phoneNotCambodian" });
      }
    } else if (input.simKind !== "ESIM" || !input.orderNumber) {
      ctx.addIssue({
        code: "custom",
        path: ["phoneNumber"],
        message: input.simKind === "ESIM" ? "cases.enterEsimPhoneOrOrder" : "cases.enterPhone",
      });
    }
    const orderNumber = input.simKind === "ESIM" ? input.orderNumber : null;
    const leavingOn = input.leavingOn === "" ? null : parseIsoDate(input.leavingOn);
    return {
      operator: input.operator,
      providerName: input.operator === "ESIM" || input.operator === "OTHER" ? input.providerName : null,
      simKind: input.simKind,
      cardType: input.cardType,
      phoneNumber,
      orderNumber,
      nickname: input.nickname,
      leavingOn,
      notes: input.notes,
    };
  });

export type CreateCaseInput = z.output<typeof createCaseSchema>;

export const waitForOperatorSchema = z.object({
  days: z.coerce
    .number({ error: "cases.chooseReviewDays" })
    .int("cases.wholeDays")
    .min(1, "cases.reviewDaysRange")
    .max(7, "cases.reviewDaysRange"),
  counting: z.enum(REVIEW_COUNTINGS, { error: "cases.chooseCounting" }),
});

export const completeCaseSchema = z.object({
  noProofConfirmed: z
    .union([z.literal("on"), z.literal("true"), z.literal(""), z.undefined()])
    .transform((value) => value === "on" || value === "true"),
});

export const noteSchema = z.object({
  text: z
    .string({ error: "cases.noteRequired" })
    .transform(cleanLines)
    .pipe(z.string().trim().min(1, "cases.noteRequired").max(2000, "cases.notesTooLong")),
});

/** An id from a hidden input: a bad one means a tampered or stale form. */
export const idSchema = z.string().min(1, "badRequest").max(64, "badRequest");

/**
 * The key a create form sends with every try of one filled form (decision 031):
 * a UUID, or nothing from a page older than the key, which then creates
 * unprotected rather than fail.
 */
export const submissionKeySchema = z
  .union([z.uuid({ error: "badRequest" }), z.literal("")], { error: "badRequest" })
  .nullish()
  .transform((value) => value || null);

/** A create form's own fields, with its submission key beside them. */
export function submittedOnce<T extends z.ZodType>(fields: T) {
  return z.intersection(z.object({ submissionKey: submissionKeySchema }), fields);
}

export const snoozeSchema = z
  .object({
    snooze: z.enum(["1", "3", "date"], { error: "reminders.chooseSnooze" }),
    date: z.string().trim(),
  })
  .transform((input, ctx) => {
    if (input.snooze !== "date") return { days: Number(input.snooze) as 1 | 3 };
    if (!parseIsoDate(input.date)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "reminders.pickSnoozeDate" });
      return z.NEVER;
    }
    return { date: input.date };
  });

export const followUpScheduleSchema = z.object({
  everyDays: z.coerce
    .number({ error: "reminders.chooseEveryDays" })
    .int()
    .min(1, "reminders.everyDaysRange")
    .max(7, "reminders.everyDaysRange"),
  count: z.coerce.number({ error: "reminders.chooseFollowUpCount" }).int().min(0, "reminders.followUpCountRange").max(10, "reminders.followUpCountRange"),
});

/** The status buttons that carry nothing but themselves. */
export const SIMPLE_STATUS_ACTIONS = ["start", "resume", "flagNeedsAction", "giveUp", "reopen"] as const;

/** The status form: which button was pressed, with the fields that button needs. */
export const changeStatusSchema = z.discriminatedUnion(
  "action",
  [
    waitForOperatorSchema.extend({ action: z.literal("wait") }),
    completeCaseSchema.extend({ action: z.literal("complete") }),
    z.object({ action: z.enum(SIMPLE_STATUS_ACTIONS) }),
  ],
  { error: "badRequest" },
);

export const muteRemindersSchema = z.object({
  muted: z.enum(["true", "false"], { error: "badRequest" }).transform((value) => value === "true"),
});

export const deleteCaseSchema = z.object({ confirm: z.literal("delete", { error: "cases.confirmDelete" }) });

/** A form about one case: its id (a hidden input) beside the fields of the request. */
export function caseFormSchema<T extends z.ZodType>(fields: T) {
  return z.intersection(z.object({ caseId: idSchema }), fields);
}
