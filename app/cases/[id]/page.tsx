import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddStepForm } from "@/components/cases/add-step-form";
import { DeleteCaseForm } from "@/components/cases/delete-case-form";
import { NoteForm } from "@/components/cases/note-form";
import { StatusBadge } from "@/components/cases/status-badge";
import { ReceiptList } from "@/components/cases/receipt-list";
import { ReceiptUpload } from "@/components/cases/receipt-upload";
import { RemindersPanel } from "@/components/cases/reminders-panel";
import { StatusPanel } from "@/components/cases/status-panel";
import { StepCard, type StepView } from "@/components/cases/step-card";
import { Timeline } from "@/components/cases/timeline";
import { requireUser } from "@/lib/auth/current-user";
import { allowedActions } from "@/lib/cases/case-status";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { getCase, type CaseDetail } from "@/lib/cases/get-case";
import { formatPhone } from "@/lib/cases/phone-number";
import { operatorLabel, PROCEDURES } from "@/lib/cases/procedure-templates";
import { CARD_TYPE_LABELS, SIM_KIND_LABELS } from "@/lib/cases/schemas";
import { formatCalendarDate, formatDateTime } from "@/lib/time/zoned-time";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Case" };

const REMINDER_LABELS = {
  CHECK: () => "Check for the operator's answer",
  FOLLOW_UP: (sequence: number) => `Follow-up ${sequence}: how to chase`,
  NEEDS_ACTION: () => "Needs action: no answer after the follow-ups",
} as const;

async function loadCase(userId: string, id: string): Promise<CaseDetail> {
  try {
    return await getCase(userId, id);
  } catch (error) {
    if (error instanceof CaseNotFoundError) notFound();
    throw error;
  }
}

function StepList({ detail, kind, timeZone }: { detail: CaseDetail; kind: "CHECK" | "PROCEDURE"; timeZone: string }) {
  const steps = detail.steps.filter((step) => step.kind === kind);
  return (
    <ol className="flex flex-col gap-3">
      {steps.map((step, index) => {
        const view: StepView = {
          id: step.id,
          title: step.title,
          howTo: step.howTo,
          whatToBring: step.whatToBring,
          state: step.state,
          note: step.note,
          startsWaiting: step.startsWaiting,
          completedLabel: step.completedAt ? formatDateTime(step.completedAt, timeZone) : null,
        };
        return (
          <StepCard
            key={step.id}
            caseId={detail.id}
            step={view}
            number={index + 1}
            isFirst={index === 0}
            isLast={index === steps.length - 1}
            withNote={kind === "PROCEDURE"}
          />
        );
      })}
    </ol>
  );
}

export default async function CasePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/cases/${id}`);
  const detail = await loadCase(user.id, id);
  const timeZone = detail.owner.timeZone;
  const procedure = PROCEDURES[detail.operator];
  const procedureSteps = detail.steps.filter((step) => step.kind === "PROCEDURE");
  const done = procedureSteps.filter((step) => step.state !== "TODO").length;
  const title = detail.nickname ?? operatorLabel(detail.operator, detail.providerName);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/cases" className="text-sm font-medium text-brand-700 underline">
          ← My cases
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
          <StatusBadge status={detail.status} />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">Operator</dt>
          <dd>
            {operatorLabel(detail.operator, detail.providerName)} · {procedure.channel}
          </dd>
          {detail.phoneNumber ? (
            <>
              <dt className="text-slate-600">Number</dt>
              <dd>{formatPhone(detail.phoneNumber)}</dd>
            </>
          ) : null}
          {detail.orderNumber ? (
            <>
              <dt className="text-slate-600">Order</dt>
              <dd>{detail.orderNumber}</dd>
            </>
          ) : null}
          <dt className="text-slate-600">SIM</dt>
          <dd>
            {SIM_KIND_LABELS[detail.simKind]} · {CARD_TYPE_LABELS[detail.cardType]}
          </dd>
          {detail.leavingOn ? (
            <>
              <dt className="text-slate-600">Leaving on</dt>
              <dd>{formatCalendarDate(detail.leavingOn)}</dd>
            </>
          ) : null}
          {detail.expectedBy ? (
            <>
              <dt className="text-slate-600">Answer due</dt>
              <dd className="font-semibold">{formatDateTime(detail.expectedBy, timeZone)}</dd>
            </>
          ) : null}
          <dt className="text-slate-600">Progress</dt>
          <dd>
            {done}/{procedureSteps.length} steps
          </dd>
        </dl>
        {detail.notes ? <p className="whitespace-pre-wrap rounded-lg bg-white p-3 text-sm">{detail.notes}</p> : null}
        <Link href={`/cases/${detail.id}/edit`} className="self-start text-sm font-medium text-brand-700 underline">
          Edit details
        </Link>
      </div>

      <section aria-labelledby="status-heading" className="flex flex-col gap-3">
        <h2 id="status-heading" className="text-lg font-semibold">
          Status
        </h2>
        <StatusPanel
          caseId={detail.id}
          allowed={allowedActions(detail.status)}
          waiting={detail.status === "WAITING_FOR_OPERATOR"}
          hasProof={detail.receipts.length > 0}
          review={{
            days: detail.reviewDays ?? procedure.review.days,
            counting: (detail.reviewCounting ?? (procedure.review.counting === "working" ? "WORKING" : "CALENDAR")) === "WORKING" ? "working" : "calendar",
          }}
          waitHint={`${procedure.label} usually answers within ${procedure.review.days} ${procedure.review.counting === "working" ? "working " : ""}day${procedure.review.days === 1 ? "" : "s"}. Working days skip weekends and Cambodian public holidays. We email you when the answer is due, then every 2 days while you wait.`}
        />
      </section>

      <section aria-labelledby="proof-heading" className="flex flex-col gap-3">
        <h2 id="proof-heading" className="text-lg font-semibold">
          Proof of cancellation
        </h2>
        <ReceiptList
          caseId={detail.id}
          receipts={detail.receipts.map((receipt) => ({
            id: receipt.id,
            kind: receipt.kind,
            fileName: receipt.fileName,
            pageCount: receipt.pageCount,
            sizeLabel: receipt.size >= 1_048_576 ? `${(receipt.size / 1_048_576).toFixed(1)} MB` : `${Math.ceil(receipt.size / 1024)} KB`,
            addedLabel: formatDateTime(receipt.createdAt, timeZone),
            stepTitle: detail.steps.find((step) => step.id === receipt.stepId)?.title ?? null,
          }))}
        />
        <ReceiptUpload caseId={detail.id} canComplete={allowedActions(detail.status).includes("complete")} />
      </section>

      <section aria-labelledby="reminders-heading" className="flex flex-col gap-3">
        <h2 id="reminders-heading" className="text-lg font-semibold">
          Reminders{detail.remindersMuted ? " (muted)" : ""}
        </h2>
        <RemindersPanel
          caseId={detail.id}
          waiting={detail.status === "WAITING_FOR_OPERATOR"}
          muted={detail.remindersMuted}
          accountOff={!detail.owner.remindersEnabled}
          followUps={{ everyDays: detail.followUpEveryDays, count: detail.maxFollowUps }}
          reminders={detail.reminders.map((reminder) => ({
            id: reminder.id,
            label: REMINDER_LABELS[reminder.kind](reminder.sequence),
            when: formatDateTime(reminder.sentAt ?? reminder.dueAt, timeZone),
            state: reminder.state,
            error: reminder.state === "FAILED" ? reminder.lastError : null,
          }))}
        />
      </section>

      <section aria-labelledby="checklist-heading" className="flex flex-col gap-3">
        <h2 id="checklist-heading" className="text-lg font-semibold">
          Before cancelling
        </h2>
        <StepList detail={detail} kind="CHECK" timeZone={timeZone} />
        <AddStepForm caseId={detail.id} kind="CHECK" />
      </section>

      <section aria-labelledby="steps-heading" className="flex flex-col gap-3">
        <h2 id="steps-heading" className="text-lg font-semibold">
          Steps
        </h2>
        {procedureSteps.length === 0 ? (
          <p className="text-slate-700">No steps yet. Add the ones your operator asks for.</p>
        ) : (
          <StepList detail={detail} kind="PROCEDURE" timeZone={timeZone} />
        )}
        <AddStepForm caseId={detail.id} kind="PROCEDURE" />
      </section>

      <section aria-labelledby="timeline-heading" className="flex flex-col gap-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Timeline
        </h2>
        <NoteForm caseId={detail.id} />
        <Timeline events={detail.events} timeZone={timeZone} />
      </section>

      <DeleteCaseForm caseId={detail.id} />
    </div>
  );
}
