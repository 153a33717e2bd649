import { findStepTemplate, PROCEDURES, type OperatorKey } from "./procedure-templates";

// The one tappable thing a step offers: a number to call, a map search for a
// store, the operator's official site, or (for an eSIM provider, whose site we
// cannot know) a web search for its support pages. Data beside the procedures, with the
// day each was last checked against the domain notes
// (/work/shared/domain/sim-cancellation.md) and the operator's public pages:
// when a link changes, update it here and its date.

export type StepLinkKind = "call" | "map" | "site" | "search";

export type StepLink = {
  kind: StepLinkKind;
  href: string;
  /** What the button shows beside its verb: "123", "CooTel", "metfone.com.kh". */
  target: string;
  /** YYYY-MM-DD. */
  checkedOn: string;
  /**
   * The link helps beside the step rather than being how it is done: "Done"
   * stays the step's primary button ("prepare your passport" with the map to
   * the store; a dropped call's hotline while the agent checks your ID).
   */
  beside?: true;
};

/** The operators' own sites; only these are ever linked as "the official site". */
export const OFFICIAL_SITES: Partial<Record<OperatorKey, { href: string; checkedOn: string }>> = {
  SMART: { href: "https://www.smart.com.kh/", checkedOn: "2026-11-30" },
  METFONE: { href: "https://metfone.com.kh/", checkedOn: "2026-11-30" },
  COOTEL: { href: "https://www.cootel.com.kh/", checkedOn: "2026-11-30" },
};

/** A search for the operator's stores near the user: the map app picks "near me" on a phone. */
function storeSearch(operator: string, checkedOn: string): StepLink {
  const query = encodeURIComponent(`${operator} store Cambodia`);
  return { kind: "map", href: `https://www.google.com/maps/search/?api=1&query=${query}`, target: operator, checkedOn };
}

/** The provider is whatever the user typed: a search finds its help pages, where a guessed address could be anyone's. */
function supportSearch(provider: string | null, checkedOn: string): StepLink | null {
  const name = provider?.trim();
  if (!name) return null;
  const query = encodeURIComponent(`${name} eSIM support`);
  return { kind: "search", href: `https://www.google.com/search?q=${query}`, target: name, checkedOn };
}

function site(operator: OperatorKey): StepLink | null {
  const found = OFFICIAL_SITES[operator];
  return found ? { kind: "site", href: found.href, target: new URL(found.href).hostname.replace(/^www\./, ""), checkedOn: found.checkedOn } : null;
}

const SMART_HOTLINE: StepLink = { kind: "call", href: "tel:123", target: "123", checkedOn: "2026-11-30" };

/** Links by template step; the in-store steps name the case's operator, the eSIM steps its provider. */
const BY_TEMPLATE: Record<string, (operator: OperatorKey, provider: string | null) => StepLink | null> = {
  "smart-call": () => SMART_HOTLINE,
  "smart-identify": () => ({ ...SMART_HOTLINE, beside: true }),
  "smart-confirm": () => ({ ...SMART_HOTLINE, beside: true }),
  "metfone-open": () => site("METFONE"),
  "metfone-form": () => site("METFONE"),
  "metfone-submit": () => site("METFONE"),
  "metfone-check": () => site("METFONE"),
  "cootel-find": () => storeSearch("CooTel", "2026-11-30"),
  "store-prepare": (operator) => ({ ...storeSearch(PROCEDURES[operator].label, "2026-12-01"), beside: true }),
  "store-find": (operator) => storeSearch(PROCEDURES[operator].label, "2026-11-30"),
  "esim-contact": (_operator, provider) => supportSearch(provider, "2026-12-01"),
  "esim-request": (_operator, provider) => supportSearch(provider, "2026-12-01"),
};

/** The link of a case's step, if its template has one. A step the user wrote has none. */
export function stepLink(templateKey: string | null, operator: OperatorKey, provider: string | null = null): StepLink | null {
  if (!findStepTemplate(templateKey) || !templateKey) return null;
  return BY_TEMPLATE[templateKey]?.(operator, provider) ?? null;
}

/** How to reach the operator when its answer is late: the hotline, the site, or a store. */
export function operatorContact(operator: OperatorKey, provider: string | null = null): StepLink | null {
  if (operator === "SMART") return SMART_HOTLINE;
  if (operator === "ESIM") return supportSearch(provider, "2026-12-01");
  if (operator === "METFONE") return site("METFONE");
  if (operator === "COOTEL" || operator === "SEATEL") return storeSearch(PROCEDURES[operator].label, "2026-11-30");
  return null;
}
