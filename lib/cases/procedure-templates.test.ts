import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import {
  CHECKLIST,
  findStepTemplate,
  OPERATOR_KEYS,
  PHRASE_IDS,
  PROCEDURES,
  WHAT_TO_SAY_STEPS,
} from "./procedure-templates";
import { operatorName } from "./operator-name";

type StepMessages = Record<string, Record<string, { title?: string; howTo?: string; whatToBring?: string }>>;

describe("procedure templates", () => {
  it("give every operator but Other a procedure, with unique step keys", () => {
    const keys = new Set<string>();
    for (const operator of OPERATOR_KEYS) {
      const { steps, review } = PROCEDURES[operator];
      expect(steps.length > 0).toBe(operator !== "OTHER");
      expect(review.days).toBeGreaterThanOrEqual(1);
      expect(review.days).toBeLessThanOrEqual(7);
      for (const step of steps) keys.add(`${operator}:${step.key}`);
      expect(new Set(steps.map((step) => step.key)).size).toBe(steps.length);
    }
    expect(keys.size).toBeGreaterThan(15);
  });

  it.each([
    ["en", en.procedures],
    ["zh", zh.procedures],
  ] as const)("have their words in %s: a title, a how-to, and what to bring where the step says so", (_locale, messages) => {
    const groups = messages as unknown as StepMessages;
    for (const template of [...CHECKLIST, ...OPERATOR_KEYS.flatMap((operator) => PROCEDURES[operator].steps)]) {
      const words = groups[template.group]?.[template.key];
      expect({ key: template.key, title: Boolean(words?.title?.trim()), howTo: Boolean(words?.howTo?.trim()) }).toEqual({
        key: template.key,
        title: true,
        howTo: true,
      });
      expect({ key: template.key, whatToBring: Boolean(words?.whatToBring) }).toEqual({
        key: template.key,
        whatToBring: Boolean(template.hasWhatToBring),
      });
    }
    for (const operator of OPERATOR_KEYS) expect(messages.operators[operator].channel.trim()).not.toBe("");
  });

  it("mark where the operator's review starts, once for every operator's procedure", () => {
    for (const operator of ["SMART", "METFONE", "COOTEL", "SEATEL", "ESIM"] as const) {
      expect(PROCEDURES[operator].steps.filter((step) => step.startsWaiting)).toHaveLength(1);
    }
    expect(PROCEDURES.ESIM.review).toEqual({ days: 7, counting: "WORKING" });
  });

  it.each([
    ["en", en.procedures, /reference number/i],
    ["zh", zh.procedures, /受理编号/],
  ] as const)("ask for the reference in sight exactly where the %s how-to says to write one down", (_locale, messages, reference) => {
    const groups = messages as unknown as StepMessages;
    for (const template of OPERATOR_KEYS.flatMap((operator) => PROCEDURES[operator].steps)) {
      const howTo = groups[template.group]?.[template.key]?.howTo ?? "";
      expect({ key: template.key, asksReference: Boolean(template.asksReference) }).toEqual({ key: template.key, asksReference: reference.test(howTo) });
    }
    expect(findStepTemplate("smart-record")?.asksReference).toBe(true);
  });

  it("have the four checks of the before-cancelling checklist", () => {
    expect(CHECKLIST.map((item) => item.key)).toEqual([
      "check-balance",
      "check-contract",
      "check-roaming",
      "check-backup",
    ]);
  });

  it("find a template by its key, and nothing for a key they do not know", () => {
    expect(findStepTemplate("store-request")).toMatchObject({ group: "store", hasWhatToBring: true });
    expect(findStepTemplate("gone-step")).toBeNull();
    expect(findStepTemplate(null)).toBeNull();
  });

  it("give the What-to-say card to steps that exist, with the same Khmer and English in every language", () => {
    for (const key of Object.keys(WHAT_TO_SAY_STEPS)) expect(findStepTemplate(key)).not.toBeNull();
    expect(Object.keys(WHAT_TO_SAY_STEPS)).toEqual(expect.arrayContaining(["smart-call", "store-request", "cootel-form"]));
    for (const id of PHRASE_IDS) {
      expect(zh.whatToSay.phrases[id].km).toBe(en.whatToSay.phrases[id].km);
      expect(zh.whatToSay.phrases[id].en).toBe(en.whatToSay.phrases[id].en);
      expect(en.whatToSay.phrases[id].mine).toBe(en.whatToSay.phrases[id].en);
      // Khmer script, ending with a Khmer full stop or a question mark.
      expect(en.whatToSay.phrases[id].km).toMatch(/^[\u1780-\u17FF][\u1780-\u17FF\s()?]*[។?]$/);
    }
  });

  it("name eSIM and other cases after the provider when one is given, else in the reader's language", () => {
    const t = createTranslator({ locale: "zh", messages: zh });
    expect(operatorName(t, "ESIM", "Airalo")).toBe("Airalo");
    expect(operatorName(t, "ESIM", null)).toBe(zh.procedures.operators.ESIM.label);
    expect(operatorName(t, "OTHER", null)).toBe(zh.procedures.operators.OTHER.label);
    expect(operatorName(t, "SMART", "ignored")).toBe("Smart");
  });
});
