// The case form's choices and limits, apart from the schemas that check them
// (schemas.ts): the forms' client code imports only these, so the phone
// numbering plans and zod that the schemas carry stay on the server.

export const SIM_KINDS = ["PHYSICAL", "ESIM"] as const;
export const CARD_TYPES = ["THREE_DAY", "SEVEN_DAY", "MONTHLY", "OTHER"] as const;

/** The longest each text field of a case may be: the forms stop typing there, the schema refuses beyond. */
export const CASE_TEXT_LIMITS = { providerName: 80, phoneNumber: 40, orderNumber: 80, nickname: 60, notes: 2000 } as const;

/** The longest note (or reference number) a step keeps; the form's field stops there too. */
export const STEP_NOTE_MAX = 500;
