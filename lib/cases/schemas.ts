import { z } from "zod";
import { CASE_STATUSES } from "./case-status";
import { parseCambodianPhone } from "./phone-number";
import { OPERATOR_KEYS } from "./procedure-templates";

// Shared by the forms and the server actions. Form fields arrive as strings;
// empty strings mean "not given".

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === "" ? null : value));

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseIsoDate(value: string): Date | null {
  if (!isoDate.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export const SIM_KINDS = ["PHYSICAL", "ESIM"] as const;
export const CARD_TYPES = ["THREE_DAY", "SEVEN_DAY", "MONTHLY", "OTHER"] as const;

export const SIM_KIND_LABELS: Record<(typeof SIM_KINDS)[number], string> = { PHYSICAL: "Physical SIM card", ESIM: "eSIM" };
export const CARD_TYPE_LABELS: Record<(typeof CARD_TYPES)[number], string> = {
  THREE_DAY: "3-day card",
  SEVEN_DAY: "7-day card",
  MONTHLY: "Monthly",
  OTHER: "Other",
};

export const createCaseSchema = z
  .object({
    operator: z.enum(OPERATOR_KEYS, { error: "Choose the operator." }),
    providerName: optionalText(80, "Keep the provider's name under 80 characters."),
    simKind: z.enum(SIM_KINDS, { error: "Choose physical SIM or eSIM." }),
    cardType: z.enum(CARD_TYPES, { error: "Choose the card type." }),
    phoneNumber: z.string().trim().max(40, "That number is too long."),
    orderNumber: optionalText(80, "Keep the order number under 80 characters."),
    nickname: optionalText(60, "Keep the nickname under 60 characters."),
    leavingOn: z.string().trim(),
    notes: optionalText(2000, "Keep notes under 2,000 characters."),
  })
  .transform((input, ctx) => {
    if (input.operator === "ESIM" && !input.providerName) {
      ctx.addIssue({ code: "custom", path: ["providerName"], message: "Enter the eSIM provider's name." });
    }
    let phoneNumber: string | null = null;
    if (input.phoneNumber !== "") {
      const parsed = parseCambodianPhone(input.phoneNumber);
      if (parsed.ok) phoneNumber = parsed.e164;
      else ctx.addIssue({ code: "custom", path: ["phoneNumber"], message: parsed.error });
    } else if (input.simKind !== "ESIM" || !input.orderNumber) {
      ctx.addIssue({
        code: "custom",
        path: ["phoneNumber"],
        message:
          input.simKind === "ESIM"
            ? "Enter the eSIM's phone number or the provider's order number."
            : "Enter the SIM's phone number.",
      });
    }
    const orderNumber = input.simKind === "ESIM" ? input.orderNumber : null;
    let leavingOn: Date | null = null;
    if (input.leavingOn !== "") {
      leavingOn = parseIsoDate(input.leavingOn);
      if (!leavingOn) ctx.addIssue({ code: "custom", path: ["leavingOn"], message: "Enter a date, like 2026-05-31." });
    }
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

export const CASE_SORTS = ["updated", "due"] as const;
export const CASES_PER_PAGE = 20;

/** The "My cases" list's query string; anything malformed falls back to the default. */
export const listCasesQuerySchema = z.object({
  status: z.enum(CASE_STATUSES).optional().catch(undefined),
  operator: z.enum(OPERATOR_KEYS).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  sort: z.enum(CASE_SORTS).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type ListCasesQuery = z.output<typeof listCasesQuerySchema>;

const stepTitle = z
  .string({ error: "Give the step a title." })
  .trim()
  .min(1, "Give the step a title.")
  .max(120, "Keep the title under 120 characters.");

export const stepTextSchema = z.object({
  title: stepTitle,
  howTo: optionalText(1000, "Keep the how-to under 1,000 characters."),
  whatToBring: optionalText(300, "Keep this under 300 characters."),
});

export type StepTextInput = z.output<typeof stepTextSchema>;

export const addStepSchema = stepTextSchema.extend({
  kind: z.enum(["CHECK", "PROCEDURE"]).default("PROCEDURE"),
});

export const completeStepSchema = z.object({
  outcome: z.enum(["DONE", "SKIPPED"], { error: "Choose done or skipped." }),
  note: optionalText(500, "Keep the note under 500 characters."),
});

export const moveStepSchema = z.object({ direction: z.enum(["up", "down"]) });

export const waitForOperatorSchema = z.object({
  days: z.coerce
    .number({ error: "Choose how many days the review takes." })
    .int("Choose a whole number of days.")
    .min(1, "The review takes 1 to 7 days.")
    .max(7, "The review takes 1 to 7 days."),
  counting: z.enum(["calendar", "working"], { error: "Choose calendar days or working days." }),
});

export const completeCaseSchema = z.object({
  noProofConfirmed: z
    .union([z.literal("on"), z.literal("true"), z.literal(""), z.undefined()])
    .transform((value) => value === "on" || value === "true"),
});

export const noteSchema = z.object({
  text: z
    .string({ error: "Write the note." })
    .trim()
    .min(1, "Write the note.")
    .max(2000, "Keep notes under 2,000 characters."),
});

export const idSchema = z.string().min(1).max(64);

export const snoozeSchema = z
  .object({
    snooze: z.enum(["1", "3", "date"], { error: "Choose how long to snooze." }),
    date: z.string().trim(),
  })
  .transform((input, ctx) => {
    if (input.snooze !== "date") return { days: Number(input.snooze) as 1 | 3 };
    if (!parseIsoDate(input.date)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "Pick the date to be reminded again." });
      return z.NEVER;
    }
    return { date: input.date };
  });

export const followUpScheduleSchema = z.object({
  everyDays: z.coerce
    .number({ error: "Choose how many days between follow-ups." })
    .int()
    .min(1, "Between 1 and 7 days.")
    .max(7, "Between 1 and 7 days."),
  count: z.coerce.number({ error: "Choose how many follow-ups." }).int().min(0, "From 0 to 10.").max(10, "From 0 to 10."),
});
