import type { InlineKeyboardButton } from "grammy/types";

export type ButtonAction = "snooze" | "mute";
const CODES: Record<ButtonAction, string> = { snooze: "sn", mute: "mu" };

/** Callback data names the case and the reminder the message was for (Telegram allows 64 bytes). */
export function buttonData(action: ButtonAction, caseId: string, reminderId: string): string {
  return `${CODES[action]}:${caseId}:${reminderId}`;
}

export function parseButtonData(data: string): { action: ButtonAction; caseId: string; reminderId: string } | null {
  const match = /^(sn|mu):([A-Za-z0-9_-]{1,30}):([A-Za-z0-9_-]{1,30})$/.exec(data);
  if (!match) return null;
  return { action: match[1] === "sn" ? "snooze" : "mute", caseId: match[2]!, reminderId: match[3]! };
}

export type ButtonLabels = { open: string; snooze: string; mute: string; cancelled: string };

/** Open case, Snooze 1 day, Mute this case, It's cancelled (the case page, where the proof goes). */
export function reminderKeyboard(labels: ButtonLabels, caseUrl: string, caseId: string, reminderId: string): InlineKeyboardButton[][] {
  return [
    [{ text: labels.open, url: caseUrl }],
    [
      { text: labels.snooze, callback_data: buttonData("snooze", caseId, reminderId) },
      { text: labels.mute, callback_data: buttonData("mute", caseId, reminderId) },
    ],
    [{ text: labels.cancelled, url: `${caseUrl}#proof-heading` }],
  ];
}

/** After a press the message keeps its links and loses the buttons that act. */
export function linkButtonsOnly(keyboard: InlineKeyboardButton[][] | undefined): InlineKeyboardButton[][] {
  return (keyboard ?? []).map((row) => row.filter((button) => "url" in button)).filter((row) => row.length > 0);
}
