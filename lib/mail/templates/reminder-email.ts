import { escapeHtml } from "../escape-html";
import type { MailMessage } from "../send-mail";

export type ReminderKind = "CHECK" | "FOLLOW_UP" | "NEEDS_ACTION";

export type ReminderEmailInput = {
  to: string;
  locale: "en" | "zh";
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

type Wording = {
  htmlLang: string;
  subject: (input: ReminderEmailInput) => string;
  intro: (input: ReminderEmailInput) => string;
  chaseLead: (kind: ReminderKind) => string;
  labels: { case: string; operator: string; number: string; expectedBy: string };
  button: string;
  fallbackLink: string;
  settings: string;
  unsubscribe: string;
};

const WORDING: Record<ReminderEmailInput["locale"], Wording> = {
  en: {
    htmlLang: "en",
    subject: ({ kind, operatorLabel, caseLabel }) =>
      kind === "CHECK"
        ? `Check for ${operatorLabel}'s answer: ${caseLabel}`
        : kind === "FOLLOW_UP"
          ? `Still waiting? Here is how to chase ${operatorLabel}: ${caseLabel}`
          : `Needs your action: ${caseLabel}`,
    intro: ({ kind, operatorLabel, expectedByLabel, followUpNumber }) =>
      kind === "CHECK"
        ? `${operatorLabel} should have answered your cancellation request by ${expectedByLabel}. Please check whether the answer has arrived and record it on your case.`
        : kind === "FOLLOW_UP"
          ? `Still no answer from ${operatorLabel}? It was expected by ${expectedByLabel}. This is follow-up reminder ${followUpNumber}.`
          : `${operatorLabel} has still not answered, even after all the follow-up reminders (the answer was expected by ${expectedByLabel}). Your case needs your action: open it and decide what to do next.`,
    chaseLead: (kind) =>
      kind === "CHECK" ? "If nothing has arrived, here is how to chase them:" : kind === "FOLLOW_UP" ? "Here is how to chase them:" : "One more way to chase them:",
    labels: { case: "Case", operator: "Operator", number: "Number", expectedBy: "Answer expected by" },
    button: "Open your case",
    fallbackLink: "If the button does not work, open this address:",
    settings: "Reminder settings",
    unsubscribe: "Stop reminder emails",
  },
  zh: {
    htmlLang: "zh-Hans",
    subject: ({ kind, operatorLabel, caseLabel }) =>
      kind === "CHECK"
        ? `请查看 ${operatorLabel} 的处理结果：${caseLabel}`
        : kind === "FOLLOW_UP"
          ? `还在等待？这样催促 ${operatorLabel}：${caseLabel}`
          : `需要您处理：${caseLabel}`,
    intro: ({ kind, operatorLabel, expectedByLabel, followUpNumber }) =>
      kind === "CHECK"
        ? `${operatorLabel} 应在 ${expectedByLabel} 前答复您的注销申请。请查看是否已收到答复，并在申请中记录结果。`
        : kind === "FOLLOW_UP"
          ? `${operatorLabel} 还没有答复吗？原定答复时间为 ${expectedByLabel}。这是第 ${followUpNumber} 次跟进提醒。`
          : `所有跟进提醒都已发送，${operatorLabel} 仍未答复（原定答复时间为 ${expectedByLabel}）。这项申请需要您处理：请打开申请，决定下一步怎么做。`,
    chaseLead: (kind) => (kind === "CHECK" ? "如果还没有收到答复，可以这样催促：" : kind === "FOLLOW_UP" ? "可以这样催促：" : "您还可以这样催促："),
    labels: { case: "申请", operator: "运营商", number: "号码", expectedBy: "预计答复时间" },
    button: "打开申请",
    fallbackLink: "如果按钮无法使用，请打开以下链接：",
    settings: "提醒设置",
    unsubscribe: "退订提醒邮件",
  },
};

// Headers cannot hold line breaks, and a nickname typed with one must not become a second header line.
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function angleBracketed(value: string): string {
  const bare = oneLine(value).replace(/^<|>$/g, "");
  return `<${bare}>`;
}

function details(input: ReminderEmailInput, wording: Wording): Array<[label: string, value: string]> {
  const rows: Array<[string, string]> = [
    [wording.labels.case, input.caseLabel],
    [wording.labels.operator, input.operatorLabel],
  ];
  if (input.maskedNumber) rows.push([wording.labels.number, input.maskedNumber]);
  rows.push([wording.labels.expectedBy, input.expectedByLabel]);
  return rows;
}

function textBody(input: ReminderEmailInput, wording: Wording): string {
  const colon = input.locale === "zh" ? "：" : ": ";
  return [
    wording.intro(input),
    "",
    ...details(input, wording).map(([label, value]) => `${label}${colon}${value}`),
    "",
    wording.chaseLead(input.kind),
    input.chaseHint,
    "",
    `${wording.button}${colon}${input.caseUrl}`,
    "",
    "--",
    `${wording.settings}${colon}${input.settingsUrl}`,
    `${wording.unsubscribe}${colon}${input.unsubscribeUrl}`,
  ].join("\n");
}

// The chase hint may be several lines (a phone number, then an address); keep them apart in HTML too.
function escapeLines(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}

function htmlBody(input: ReminderEmailInput, wording: Wording): string {
  const caseUrl = escapeHtml(input.caseUrl);
  const rows = details(input, wording)
    .map(
      ([label, value]) =>
        `<tr><td style="padding:4px 16px 4px 0;color:#555;vertical-align:top">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:600">${escapeHtml(value)}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${wording.htmlLang}"><body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.5;color:#111">
<p>${escapeHtml(wording.intro(input))}</p>
<table style="border-collapse:collapse;margin:16px 0">
${rows}
</table>
<div style="margin:16px 0;padding:12px 16px;background:#f0fdfa;border-left:4px solid #0f766e;border-radius:4px">
<p style="margin:0 0 4px;font-weight:600">${escapeHtml(wording.chaseLead(input.kind))}</p>
<p style="margin:0">${escapeLines(input.chaseHint)}</p>
</div>
<p><a href="${caseUrl}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(wording.button)}</a></p>
<p>${escapeHtml(wording.fallbackLink)}<br><span style="word-break:break-all">${caseUrl}</span></p>
<p style="margin-top:32px;padding-top:12px;border-top:1px solid #ddd;font-size:13px;color:#555"><a href="${escapeHtml(input.settingsUrl)}" style="color:#555">${escapeHtml(wording.settings)}</a> · <a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#555">${escapeHtml(wording.unsubscribe)}</a></p>
</body></html>`;
}

export function reminderEmail(input: ReminderEmailInput): MailMessage {
  if (input.kind === "FOLLOW_UP" && !(Number.isInteger(input.followUpNumber) && input.followUpNumber >= 1)) {
    throw new RangeError(`A follow-up reminder needs a follow-up number from 1, not ${input.followUpNumber}`);
  }
  const wording = WORDING[input.locale];
  return {
    to: input.to,
    subject: oneLine(wording.subject(input)),
    text: textBody(input, wording),
    html: htmlBody(input, wording),
    headers: {
      "List-Unsubscribe": angleBracketed(input.oneClickUnsubscribeUrl),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Message-ID": angleBracketed(input.messageId),
    },
  };
}
