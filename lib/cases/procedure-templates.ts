import type { ReviewCounting } from "@/lib/time/working-days";
// What Simcase knows about each operator's cancellation procedure: the steps a
// new case starts with, and the checklist every case gets. Data only: the
// words live in the messages (procedures.<group>.<key>.title / howTo /
// whatToBring, procedures.operators.<operator>.channel), so each reader gets
// them in their language; each case keeps its own editable copy of the steps.
// Procedures change: update them here; existing cases keep the steps they were created with.

export const OPERATOR_KEYS = ["SMART", "METFONE", "COOTEL", "SEATEL", "ESIM", "OTHER"] as const;
export type OperatorKey = (typeof OPERATOR_KEYS)[number];

/** Where a template step's words are in the messages: procedures.<group>.<key>. */
export const STEP_GROUPS = ["store", "smart", "metfone", "cootel", "esim", "checklist"] as const;
export type StepGroup = (typeof STEP_GROUPS)[number];

export type StepTemplate = {
  /** Stable id of the template step, stored on the case's copy. */
  key: string;
  group: StepGroup;
  /** The step has something for the user to bring (procedures.<group>.<key>.whatToBring). */
  hasWhatToBring?: boolean;
  /** Doing this step hands the request to the operator, who reviews it. */
  startsWaiting?: boolean;
  /**
   * The step's how-to asks the user to write down the reference number they are
   * given: its note is asked for in sight, not folded under "Add a note".
   */
  asksReference?: boolean;
};

export type OperatorProcedure = {
  /** The operator's (brand) name; "eSIM provider" and "Other" are translated in the messages. */
  label: string;
  /** The review period a case waiting on this operator starts with (1-7 days). */
  review: { days: number; counting: ReviewCounting };
  steps: StepTemplate[];
};

// The in-store procedure any operator accepts; its words name the operator ({operator}).
const STORE_STEPS: StepTemplate[] = [
  { key: "store-prepare", group: "store", hasWhatToBring: true },
  { key: "store-find", group: "store" },
  { key: "store-request", group: "store", hasWhatToBring: true },
  // Confirming hands the request over: staff finish it within the review period.
  { key: "store-proof", group: "store", startsWaiting: true },
];

export const PROCEDURES: Record<OperatorKey, OperatorProcedure> = {
  SMART: {
    label: "Smart",
    review: { days: 1, counting: "CALENDAR" },
    steps: [
      { key: "smart-call", group: "smart", hasWhatToBring: true },
      { key: "smart-identify", group: "smart", hasWhatToBring: true },
      { key: "smart-confirm", group: "smart" },
      // The call ends here: Smart processes the request after it.
      { key: "smart-record", group: "smart", startsWaiting: true, asksReference: true },
    ],
  },
  METFONE: {
    label: "Metfone",
    review: { days: 3, counting: "CALENDAR" },
    steps: [
      { key: "metfone-open", group: "metfone" },
      { key: "metfone-form", group: "metfone", hasWhatToBring: true },
      { key: "metfone-submit", group: "metfone", startsWaiting: true },
      { key: "metfone-review", group: "metfone" },
      { key: "metfone-check", group: "metfone" },
    ],
  },
  COOTEL: {
    label: "CooTel",
    review: { days: 7, counting: "CALENDAR" },
    steps: [
      { key: "cootel-find", group: "cootel" },
      { key: "cootel-prepare", group: "cootel", hasWhatToBring: true },
      { key: "cootel-form", group: "cootel" },
      { key: "cootel-hand-in", group: "cootel", hasWhatToBring: true, startsWaiting: true },
      { key: "cootel-processing", group: "cootel" },
      { key: "cootel-receipt", group: "cootel" },
    ],
  },
  SEATEL: {
    label: "Seatel",
    review: { days: 3, counting: "CALENDAR" },
    steps: STORE_STEPS,
  },
  ESIM: {
    label: "eSIM provider",
    review: { days: 7, counting: "WORKING" },
    steps: [
      { key: "esim-contact", group: "esim", hasWhatToBring: true },
      { key: "esim-request", group: "esim", hasWhatToBring: true, startsWaiting: true },
      { key: "esim-review", group: "esim" },
      { key: "esim-confirmation", group: "esim" },
    ],
  },
  OTHER: {
    label: "Other",
    review: { days: 7, counting: "CALENDAR" },
    steps: [],
  },
};

/** Every case gets these, before the procedure. */
export const CHECKLIST: StepTemplate[] = [
  { key: "check-balance", group: "checklist" },
  { key: "check-contract", group: "checklist" },
  { key: "check-roaming", group: "checklist" },
  { key: "check-backup", group: "checklist" },
];

const TEMPLATES_BY_KEY = new Map<string, StepTemplate>(
  [...CHECKLIST, ...Object.values(PROCEDURES).flatMap((procedure) => procedure.steps)].map((step) => [step.key, step]),
);

/** The template a case's step was copied from, if Simcase still knows it. */
export function findStepTemplate(templateKey: string | null): StepTemplate | null {
  return templateKey ? (TEMPLATES_BY_KEY.get(templateKey) ?? null) : null;
}

/** The sentences of the "What to say" card (whatToSay.phrases.<id>). */
export const PHRASE_IDS = ["cancel", "passport", "receipt", "balance", "whenComplete", "thanks"] as const;
export type PhraseId = (typeof PHRASE_IDS)[number];

/**
 * The steps where the user talks to the operator's people, on the hotline or
 * at the counter: they get the "What to say" card, with every sentence.
 */
export const WHAT_TO_SAY_STEPS: Record<string, "call" | "store"> = {
  "smart-call": "call",
  "smart-confirm": "call",
  "store-request": "store",
  "store-proof": "store",
  "cootel-form": "store",
  "cootel-hand-in": "store",
  "cootel-receipt": "store",
};
