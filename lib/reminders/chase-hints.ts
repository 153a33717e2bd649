import type { OperatorKey } from "@/lib/cases/procedure-templates";

export type EmailLocale = "en" | "zh";

/** What to do when an operator is late: shown in follow-up emails. */
export const CHASE_HINTS: Record<OperatorKey, Record<EmailLocale, string>> = {
  SMART: {
    en: "Call Smart's hotline 123 (free), give the SIM's number and ask whether the cancellation went through. Ask for a reference number.",
    zh: "拨打 Smart 客服热线 123（免费），提供该 SIM 卡号码，询问注销是否已完成，并索取受理编号。",
  },
  METFONE: {
    en: "Reply to Metfone's confirmation email or contact Customer Service on Metfone's website, quoting your request, and ask when it will be processed.",
    zh: "回复 Metfone 的确认邮件，或通过 Metfone 官网的客户服务联系他们，附上您的申请信息，询问何时处理。",
  },
  COOTEL: {
    en: "Go back to the CooTel store (or call them) with your passport and ask for the status of the cancellation and the paper receipt.",
    zh: "带上护照回到 CooTel 门店（或致电门店），询问注销进度并索取纸质回执。",
  },
  SEATEL: {
    en: "Go back to the Seatel store (or call them) with your passport and ask for the status of the cancellation and a written proof.",
    zh: "带上护照回到 Seatel 门店（或致电门店），询问注销进度并索取书面证明。",
  },
  ESIM: {
    en: "Write to the eSIM provider's support with your order number, and check the request's status in your account with them.",
    zh: "带上订单号联系 eSIM 服务商的客服，并在您的账户中查看申请状态。",
  },
  OTHER: {
    en: "Contact the operator again, quote your earlier request, and ask for a written confirmation of the cancellation.",
    zh: "再次联系运营商，提及您之前的申请，并索取注销的书面确认。",
  },
};
