import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import { CalendarDownloadLink } from "@/components/cases/calendar-download-link";
import { ReceiptList } from "./receipt-list";
import { ProofPackLink } from "./proof-pack-link";
import { ReceiptUpload } from "./receipt-upload";
import { Timeline } from "@/components/cases/timeline";
import type { CaseDetail } from "@/lib/cases/get-case";
import { stepText } from "@/lib/cases/step-text";
import { snoozeWindow } from "@/lib/reminders/snooze-window";
import type { CasePageView } from "../view-model";
import { NoteForm } from "./note-form";
import { RemindersPanel } from "./reminders-panel";

export async function ProofSection({ detail, view }: { detail: CaseDetail; view: CasePageView }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const stepTitleOf = (stepId: string | null) => {
    const step = detail.steps.find((candidate) => candidate.id === stepId);
    return step ? stepText(t, step, detail.operator).title : null;
  };
  return (
    <section aria-labelledby="proof-heading" className="flex flex-col gap-3">
      <h2 id="proof-heading" className="text-lg font-semibold">
        {t("cases.detail.proof")}
      </h2>
      <ReceiptList
        caseId={detail.id}
        receipts={detail.receipts.map((receipt) => ({
          id: receipt.id,
          kind: receipt.kind,
          fileName: receipt.fileName,
          pageCount: receipt.pageCount,
          sizeLabel:
            receipt.size >= 1_048_576
              ? t("receipts.sizeMb", { size: receipt.size / 1_048_576 })
              : t("receipts.sizeKb", { size: Math.ceil(receipt.size / 1024) }),
          addedLabel: format.dateTime(receipt.createdAt, "dateTime"),
          stepTitle: stepTitleOf(receipt.stepId),
        }))}
      />
      {/* Here in every state, the wait's too (the "Now" card offers it then as well): Telegram's
          "It's cancelled" and the "Cancelled?" panel send the user here to add it. */}
      <ReceiptUpload caseId={detail.id} offerDone={view.offerDoneOnProof} />
      {/* A closed case offers it in its summary; an open one once it holds some proof. */}
      {view.closed || detail.receipts.length === 0 ? null : <ProofPackLink caseId={detail.id} variant="secondary" />}
    </section>
  );
}

export async function RemindersSection({ detail, view }: { detail: CaseDetail; view: CasePageView }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const waiting = detail.status === "WAITING_FOR_OPERATOR";
  const withCalendar = waiting || (detail.leavingOn !== null && !view.closed);
  if (!waiting && detail.reminders.length === 0 && !withCalendar) return null;
  return (
    <section aria-labelledby="reminders-heading" className="flex flex-col gap-3">
      <h2 id="reminders-heading" className="text-lg font-semibold">
        {detail.remindersMuted ? t("cases.detail.remindersMuted") : t("cases.detail.reminders")}
      </h2>
      <RemindersPanel
        caseId={detail.id}
        waiting={waiting}
        muted={detail.remindersMuted}
        accountOff={!detail.owner.remindersEnabled}
        followUps={{ everyDays: detail.followUpEveryDays, count: detail.maxFollowUps }}
        // The date picker offers only the days a snooze may end on, in the user's own calendar.
        snoozeDays={snoozeWindow(detail.owner.timeZone)}
        reminders={detail.reminders.map((reminder) => ({
          id: reminder.id,
          label: t(`reminders.kinds.${reminder.kind}`, { sequence: reminder.sequence }),
          when: format.dateTime(reminder.sentAt ?? reminder.dueAt, "dateTime"),
          state: reminder.state,
          failed: reminder.state === "FAILED",
        }))}
      />
      {/* Only a case with a date ahead has something to put in a calendar. */}
      {withCalendar ? <CalendarDownloadLink caseId={detail.id} /> : null}
    </section>
  );
}

export async function TimelineSection({ detail }: { detail: CaseDetail }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-3">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {t("cases.detail.timeline")}
      </h2>
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-brand-800">{t("cases.note.label")}</summary>
        <NoteForm caseId={detail.id} />
      </details>
      <Timeline events={detail.events} operator={detail.operator} receipts={detail.receipts} />
    </section>
  );
}
