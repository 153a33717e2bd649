import type { Prisma } from "@/lib/db/client";

/** What a case shows in a list (My cases, the dashboard): who, which SIM, where it stands. */
export const CASE_SUMMARY_SELECT = {
  id: true,
  operator: true,
  providerName: true,
  phoneNumber: true,
  orderNumber: true,
  nickname: true,
  status: true,
  expectedBy: true,
  noProofConfirmed: true,
  leavingOn: true,
} satisfies Prisma.CaseSelect;
