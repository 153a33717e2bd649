import { describe, expect, it } from "vitest";
import { operatorContact, stepLink } from "./step-links";

describe("step links", () => {
  it("gives an eSIM provider's contact steps a search for its support, in the name the user typed", () => {
    const link = stepLink("esim-contact", "ESIM", "Airalo & Co");
    expect(link).toMatchObject({ kind: "search", target: "Airalo & Co" });
    expect(new URL(link!.href).searchParams.get("q")).toBe("Airalo & Co eSIM support");
    expect(stepLink("esim-request", "ESIM", "Airalo")?.kind).toBe("search");
    expect(operatorContact("ESIM", "Airalo")?.kind).toBe("search");
  });

  it("has no search without a provider's name, and none on a step the user wrote", () => {
    expect(stepLink("esim-contact", "ESIM", "  ")).toBeNull();
    expect(operatorContact("ESIM", null)).toBeNull();
    expect(stepLink(null, "ESIM", "Airalo")).toBeNull();
  });

  it("gives a step done off the link (getting ready, a call under way) its link beside Done, not in its place", () => {
    expect(stepLink("store-prepare", "SEATEL")).toMatchObject({ kind: "map", target: "Seatel", beside: true });
    expect(stepLink("smart-identify", "SMART")).toMatchObject({ kind: "call", href: "tel:123", beside: true });
    expect(stepLink("smart-call", "SMART")?.beside).toBeUndefined();
    expect(stepLink("store-find", "SEATEL")?.beside).toBeUndefined();
  });

  it("keeps the operators' own links", () => {
    expect(stepLink("smart-call", "SMART")).toMatchObject({ kind: "call", href: "tel:123" });
    expect(stepLink("store-find", "SEATEL")).toMatchObject({ kind: "map", target: "Seatel" });
    expect(operatorContact("METFONE")).toMatchObject({ kind: "site", target: "metfone.com.kh" });
  });
});
