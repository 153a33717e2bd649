import { describe, expect, it } from "vitest";
import { CHECKLIST, OPERATOR_KEYS, operatorLabel, PROCEDURES } from "./procedure-templates";

describe("procedure templates", () => {
  it("give every operator but Other a procedure, with unique step keys", () => {
    const keys = new Set<string>();
    for (const operator of OPERATOR_KEYS) {
      const { steps, review } = PROCEDURES[operator];
      expect(steps.length > 0).toBe(operator !== "OTHER");
      expect(review.days).toBeGreaterThanOrEqual(1);
      expect(review.days).toBeLessThanOrEqual(7);
      for (const step of steps) {
        expect(step.title.trim()).not.toBe("");
        expect(step.howTo.trim()).not.toBe("");
        keys.add(`${operator}:${step.key}`);
      }
      expect(new Set(steps.map((step) => step.key)).size).toBe(steps.length);
    }
    expect(keys.size).toBeGreaterThan(15);
  });

  it("mark where the operator's review starts, for operators that review", () => {
    for (const operator of ["METFONE", "COOTEL", "ESIM"] as const) {
      expect(PROCEDURES[operator].steps.filter((step) => step.startsWaiting)).toHaveLength(1);
    }
    expect(PROCEDURES.ESIM.review).toEqual({ days: 7, counting: "working" });
  });

  it("have the four checks of the before-cancelling checklist", () => {
    expect(CHECKLIST.map((item) => item.key)).toEqual([
      "check-balance",
      "check-contract",
      "check-roaming",
      "check-backup",
    ]);
  });

  it("name eSIM and other cases after the provider when one is given", () => {
    expect(operatorLabel("ESIM", "Airalo")).toBe("Airalo");
    expect(operatorLabel("ESIM", null)).toBe("eSIM provider");
    expect(operatorLabel("SMART", "ignored")).toBe("Smart");
  });
});
