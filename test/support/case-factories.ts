import { createCase } from "@/lib/cases/create-case";
import { createCaseSchema } from "@/lib/cases/schemas";

type FormFields = Partial<Record<keyof typeof defaults, string>>;

const defaults = {
  operator: "SMART",
  providerName: "",
  simKind: "PHYSICAL",
  cardType: "SEVEN_DAY",
  phoneNumber: "012 345 678",
  orderNumber: "",
  nickname: "",
  leavingOn: "",
  notes: "",
};

/** A case made the way the form makes one: fields as strings, through the shared schema. */
export async function createTestCase(ownerId: string, fields: FormFields = {}, now?: Date) {
  const input = createCaseSchema.parse({ ...defaults, ...fields });
  return createCase(ownerId, input, now);
}
