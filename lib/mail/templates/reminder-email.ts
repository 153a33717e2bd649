import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";
import { emailButton, emailDocument, emailFallbackLink, emailTranslator, type EmailTranslator } from "./layout";

export type ReminderKind = "CHECK" | "FOLLOW_UP" | "NEEDS_ACTION";

export type ReminderEmailInput = {
  to: string;
  locale: Locale;
  /** The messages of that locale (lib/i18n/messages.ts loadMessages). */
  messages: Messages;
  kind: ReminderKind;
  /** 1..5 for FOLLOW_UP, else 0. */
  followUpNumber: number;
  /** The case's nickname, or the operator's name. */
  caseLabel: string;
  /** "Smart", "Metfone", "CooTel", "Seatel", or the eSIM provider's name. */
  operatorLabel: string;
  /** e.g. "+855 •• ••• 5678". */
  maskedNumber: string | null;
  /** Already formatted in the user's zone and language. */
  expectedByLabel: string;
  /** How to chase this operator, already in the user's language. */
  chaseHint: string;
  caseUrl: string;
  settingsUrl: string;
  /** A page with a confirm button. */
  unsubscribeUrl: string;
  /** For the List-Unsubscribe header (RFC 8058). */
  oneClickUnsubscribeUrl: string;
  /** e.g. "<reminder-abc@simcase.example>". */
  messageId: string;
};

const SUBJECT = { CHECK: "subjectCheck", FOLLOW_UP: "subjectFollowUp", NEEDS_ACTION: "subjectNeedsAction" } as const;
const INTRO = { CHECK: "introCheck", FOLLOW_UP: "introFollowUp", NEEDS_ACTION: "introNeedsAction" } as const;
const CHASE_LEAD = { CHECK: "chaseLeadCheck", FOLLOW_UP: "chaseLeadFollowUp", NEEDS_ACTION: "chaseLeadNeedsAction" } as const;

function intro(input: ReminderEmailInput, t: EmailTranslator): string {
  return t(`reminder.${INTRO[input.kind]}`, {
    operator: input.operatorLabel,
    expectedBy: input.expectedByLabel,
    number: input.followUpNumber,
  });
}

// Headers cannot hold line breaks, and a nickname typed with one must not become a second header line.
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function angleBracketed(value: string): string {
  const bare = oneLine(value).replace(/^<|>$/g, "");
  return `<${bare}>`;
}

function details(input: ReminderEmailInput, t: EmailTranslator): Array<[label: string, value: string]> {
  const rows: Array<[string, string]> = [
    [t("reminder.labelCase"), input.caseLabel],
    [t("reminder.labelOperator"), input.operatorLabel],
  ];
  if (input.maskedNumber) rows.push([t("reminder.labelNumber"), input.maskedNumber]);
  rows.push([t("reminder.labelExpectedBy"), input.expectedByLabel]);
  return rows;
}

function textBody(input: ReminderEmailInput, t: EmailTranslator): string {
  const line = (label: string, value: string) => t("line", { label, value });
  return [
    intro(input, t),
    "",
    ...details(input, t).map(([label, value]) => line(label, value)),
    "",
    t(`reminder.${CHASE_LEAD[input.kind]}`),
    input.chaseHint,
    "",
    line(t("reminder.button"), input.caseUrl),
    "",
    "--",
    line(t("reminder.settings"), input.settingsUrl),
    line(t("reminder.unsubscribe"), input.unsubscribeUrl),
  ].join("\n");
}

// The chase hint may be several lines (a phone number, then an address); keep them apart in HTML too.
function escapeLines(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}

function htmlBody(input: ReminderEmailInput, t: EmailTranslator): string {
  const rows = details(input, t)
    .map(
      ([label, value]) =>
        `<tr><td style="padding:4px 16px 4px 0;color:#555;vertical-align:top">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:600">${escapeHtml(value)}</td></tr>`,
    )
    .join("\n");
  return emailDocument(
    input.locale,
    `<p>${escapeHtml(intro(input, t))}</p>
<table style="border-collapse:collapse;margin:16px 0">
${rows}
</table>
<div style="margin:16px 0;padding:12px 16px;background:#f0fdfa;border-left:4px solid #0f766e;border-radius:4px">
<p style="margin:0 0 4px;font-weight:600">${escapeHtml(t(`reminder.${CHASE_LEAD[input.kind]}`))}</p>
<p style="margin:0">${escapeLines(input.chaseHint)}</p>
</div>
<p>${emailButton(input.caseUrl, t("reminder.button"))}</p>
<p>${emailFallbackLink(input.caseUrl, t("fallbackLink"))}</p>
<p style="margin-top:32px;padding-top:12px;border-top:1px solid #ddd;font-size:13px;color:#555"><a href="${escapeHtml(input.settingsUrl)}" style="color:#555">${escapeHtml(t("reminder.settings"))}</a> · <a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#555">${escapeHtml(t("reminder.unsubscribe"))}</a></p>`,
  );
}

export function reminderEmail(input: ReminderEmailInput): MailMessage {
  if (input.kind === "FOLLOW_UP" && !(Number.isInteger(input.followUpNumber) && input.followUpNumber >= 1)) {
    throw new RangeError(`A follow-up reminder needs a follow-up number from 1, not ${input.followUpNumber}`);
  }
  const t = emailTranslator(input.locale, input.messages);
  return {
    to: input.to,
    subject: oneLine(t(`reminder.${SUBJECT[input.kind]}`, { operator: input.operatorLabel, caseLabel: input.caseLabel })),
    text: textBody(input, t),
    html: htmlBody(input, t),
    headers: {
      "List-Unsubscribe": angleBracketed(input.oneClickUnsubscribeUrl),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Message-ID": angleBracketed(input.messageId),
    },
  };
}
