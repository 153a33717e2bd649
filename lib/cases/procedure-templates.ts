// What Simcase knows about each operator's cancellation procedure: the steps a
// new case starts with, and the checklist every case gets. Data only: the UI
// renders it, and each case keeps its own editable copy of the steps.
// Procedures change: update them here; existing cases keep the steps they were created with.

export const OPERATOR_KEYS = ["SMART", "METFONE", "COOTEL", "SEATEL", "ESIM", "OTHER"] as const;
export type OperatorKey = (typeof OPERATOR_KEYS)[number];

export type StepTemplate = {
  /** Stable id of the template step, stored on the case's copy. */
  key: string;
  title: string;
  howTo: string;
  whatToBring?: string;
  /** Doing this step hands the request to the operator, who reviews it. */
  startsWaiting?: boolean;
};

export type OperatorProcedure = {
  label: string;
  /** How the cancellation is made, in a few words. */
  channel: string;
  /** The review period a case waiting on this operator starts with (1-7 days). */
  review: { days: number; counting: "calendar" | "working" };
  steps: StepTemplate[];
};

const STORE_STEPS = (operator: string, finding: string): StepTemplate[] => [
  {
    key: "store-prepare",
    title: "Prepare your passport and the SIM card",
    howTo: `Bring your passport (or Cambodian ID) and the SIM card itself. ${operator} may not insist on the SIM, but having it makes the visit smoother.`,
    whatToBring: "Passport or Cambodian ID; the SIM card",
  },
  {
    key: "store-find",
    title: `Find a ${operator} store`,
    howTo: finding,
  },
  {
    key: "store-request",
    title: "Ask staff to cancel the SIM",
    howTo:
      "Say you want to cancel this SIM card. Staff check that the balance is zero and that no bill is unpaid; some operators want the balance used up or transferred first.",
    whatToBring: "Passport or ID; the SIM card",
  },
  {
    key: "store-proof",
    title: "Confirm, and ask for written proof",
    howTo:
      "Confirm the cancellation and ask for a paper receipt or written confirmation. Take a photo of it before you leave the store.",
  },
];

export const PROCEDURES: Record<OperatorKey, OperatorProcedure> = {
  SMART: {
    label: "Smart",
    channel: "By phone: hotline 123",
    review: { days: 1, counting: "calendar" },
    steps: [
      {
        key: "smart-call",
        title: "Call the Smart hotline 123",
        howTo:
          "Dial 123 from any phone; the call is free and works from inside or outside Cambodia. If the language is hard, keep a translation app open.",
        whatToBring: "A charged phone with signal",
      },
      {
        key: "smart-identify",
        title: "Pass the identity check",
        howTo: "Give the agent the SIM's phone number and your passport or ID details.",
        whatToBring: "The SIM's number; your passport or ID",
      },
      {
        key: "smart-confirm",
        title: "Confirm that the SIM should be cancelled",
        howTo: "Tell the agent clearly that you want this SIM card cancelled, and confirm when asked.",
      },
      {
        key: "smart-record",
        title: "Note what the agent tells you",
        howTo:
          "The agent explains what is left: remaining balance, unpaid fees. Write it down here, and ask for a reference number if they give one.",
      },
    ],
  },
  METFONE: {
    label: "Metfone",
    channel: "Online form on Metfone's website",
    review: { days: 3, counting: "calendar" },
    steps: [
      {
        key: "metfone-open",
        title: "Open Metfone's Customer Service page",
        howTo: "On Metfone's official website, go to Customer Service (Help Center). Use only the official site.",
      },
      {
        key: "metfone-form",
        title: "Fill in the cancellation request",
        howTo: "Enter your name, your contact details and the SIM's number.",
        whatToBring: "Your name as on your passport; an email address; the SIM's number",
      },
      {
        key: "metfone-submit",
        title: "Submit the request",
        howTo: "Send the form. A confirmation email arrives: keep it, it is your proof that you asked.",
        startsWaiting: true,
      },
      {
        key: "metfone-review",
        title: "Wait for Metfone's review",
        howTo: "Metfone staff review the request; the result comes by SMS or email.",
      },
      {
        key: "metfone-check",
        title: "Check that the number is really cancelled",
        howTo: "Look at the account status to make sure the cancellation went through, and keep the final SMS or email.",
      },
    ],
  },
  COOTEL: {
    label: "CooTel",
    channel: "In person at a CooTel store",
    review: { days: 7, counting: "calendar" },
    steps: [
      {
        key: "cootel-find",
        title: "Find the nearest CooTel store",
        howTo: "Look up the nearest CooTel store and its opening hours before you go.",
      },
      {
        key: "cootel-prepare",
        title: "Bring your passport, a photocopy and the SIM",
        howTo: "CooTel asks for the original ID, a photocopy of it, and the SIM card itself.",
        whatToBring: "Original passport or ID; a photocopy of it; the SIM card",
      },
      {
        key: "cootel-form",
        title: "Fill in the cancellation form",
        howTo: "Ask staff for the SIM cancellation form and fill it in at the store.",
      },
      {
        key: "cootel-hand-in",
        title: "Hand in the form, the ID copy and the SIM",
        howTo: "Give staff the form, your ID for checking, the photocopy and the SIM card.",
        whatToBring: "The filled form; passport and photocopy; the SIM card",
        startsWaiting: true,
      },
      {
        key: "cootel-processing",
        title: "Wait while CooTel processes it",
        howTo: "Processing can take longer at CooTel than at other operators.",
      },
      {
        key: "cootel-receipt",
        title: "Collect the paper receipt",
        howTo: "The receipt records the cancellation. Take a photo of it and keep it with this case.",
      },
    ],
  },
  SEATEL: {
    label: "Seatel",
    channel: "In person at a Seatel store",
    review: { days: 3, counting: "calendar" },
    steps: STORE_STEPS("Seatel", "Look up the nearest Seatel store and its opening hours before you go."),
  },
  ESIM: {
    label: "eSIM provider",
    channel: "Online, with the eSIM provider's support",
    review: { days: 7, counting: "working" },
    steps: [
      {
        key: "esim-contact",
        title: "Contact the provider's support",
        howTo: "Write to the eSIM provider's support with your order number and activation code.",
        whatToBring: "Order number and activation code (in the activation email)",
      },
      {
        key: "esim-request",
        title: "Submit the cancellation request",
        howTo: "Send the request online. Some providers ask you to upload a proof of identity.",
        whatToBring: "A photo or scan of your passport, if asked",
        startsWaiting: true,
      },
      {
        key: "esim-review",
        title: "Wait for the review",
        howTo: "Review takes 1 to 7 working days; you can follow it in your account with the provider.",
      },
      {
        key: "esim-confirmation",
        title: "Keep the confirmation email",
        howTo: "The confirmation email says the eSIM has stopped working. Save it (as PDF) with this case.",
      },
    ],
  },
  OTHER: {
    label: "Other",
    channel: "Your own steps",
    review: { days: 7, counting: "calendar" },
    steps: [],
  },
};

/** Every case gets these, before the procedure. */
export const CHECKLIST: StepTemplate[] = [
  {
    key: "check-balance",
    title: "Check the balance",
    howTo:
      "Some operators refund the remaining balance, some do not. Check it, and decide whether to spend or transfer it first.",
  },
  {
    key: "check-contract",
    title: "Check the contract terms",
    howTo: "Some plans have terms that must be met before cancelling (a minimum period, a final bill).",
  },
  {
    key: "check-roaming",
    title: "Turn international roaming off",
    howTo: "Switch roaming off before cancelling, so that no charges arrive after you have left.",
  },
  {
    key: "check-backup",
    title: "Back up contacts and messages",
    howTo: "Save the contacts and SMS stored on the SIM: they are gone once it is cancelled.",
  },
];

export function operatorLabel(operator: OperatorKey, providerName: string | null): string {
  return (operator === "ESIM" || operator === "OTHER") && providerName ? providerName : PROCEDURES[operator].label;
}
