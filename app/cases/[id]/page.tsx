import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddStepForm } from "@/components/cases/add-step-form";
import { DeleteCaseForm } from "@/components/cases/delete-case-form";
import { NoteForm } from "@/components/cases/note-form";
import { StatusBadge } from "@/components/cases/status-badge";
import { ReceiptList } from "@/components/cases/receipt-list";
import { ReceiptUpload } from "@/components/cases/receipt-upload";
import { CalendarDownloadLink } from "@/components/cases/calendar-download-link";
import { RemindersPanel } from "@/components/cases/reminders-panel";
import { StatusPanel } from "@/components/cases/status-panel";
import { StepCard, type StepView } from "@/components/cases/step-card";
import { Timeline } from "@/components/cases/timeline";
import { requireUser } from "@/lib/auth/current-user";
import { allowedActions, isClosed } from "@/lib/cases/case-status";
import { CaseNotFoundError } from "@/lib/cases/errors";
import { getCase, type CaseDetail } from "@/lib/cases/get-case";
import { formatPhone } from "@/lib/cases/phone-number";
import { operatorName } from "@/lib/cases/operator-name";
import { PROCEDURES, WHAT_TO_SAY_STEPS } from "@/lib/cases/procedure-templates";
import { stepText, type MessageTranslator } from "@/lib/cases/step-text";
import { idSchema } from "@/lib/cases/schemas";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("caseMetaTitle") };
}

type Format = Awaited<ReturnType<typeof getFormatter>>;

async function loadCase(userId: string, id: string): Promise<CaseDetail> {
  try {
    return await getCase(userId, id);
  } catch (error) {
    if (error instanceof CaseNotFoundError) notFound();
    throw error;
  }
}

function StepList({
  detail,
  kind,
  canComplete,
  t,
  format,
}: {
  detail: CaseDetail;
  kind: "CHECK" | "PROCEDURE";
  /** Proof uploaded on a step may close the case. */
  canComplete: boolean;
  t: MessageTranslator;
  format: Format;
}) {
  const steps = detail.steps.filter((step) => step.kind === kind);
  return (
    <ol className="flex flex-col gap-3">
      {steps.map((step, index) => {
        const view: StepView = {
          id: step.id,
          ...stepText(t, step, detail.operator),
          state: step.state,
          note: step.note,
          startsWaiting: step.startsWaiting,
          completedLabel: step.completedAt ? format.dateTime(step.completedAt, "dateTime") : null,
          whatToSay: step.templateKey ? (WHAT_TO_SAY_STEPS[step.templateKey] ?? null) : null,
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
            canComplete={canComplete}
          />
        );
      })}
    </ol>
  );
}

export default async function CasePage({ params }: Props) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const id = parsed.data;
  const user = await requireUser(`/cases/${id}`);
  const detail = await loadCase(user.id, id);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const procedure = PROCEDURES[detail.operator];
  const allowed = allowedActions(detail.status);
  const canComplete = allowed.includes("complete");
  const operator = operatorName(t, detail.operator, detail.providerName);
  const procedureSteps = detail.steps.filter((step) => step.kind === "PROCEDURE");
  const done = procedureSteps.filter((step) => step.state !== "TODO").length;
  const title = detail.nickname ?? operator;
  const stepTitleOf = (stepId: string | null) => {
    const step = detail.steps.find((candidate) => candidate.id === stepId);
    return step ? stepText(t, step, detail.operator).title : null;
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/cases" className="inline-flex min-h-11 items-center self-start text-sm font-medium text-brand-700 underline">
          {t("cases.backToList")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
          <StatusBadge status={detail.status} />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("cases.detail.operator")}</dt>
          <dd>{t("cases.detail.operatorValue", { operator, channel: t(`procedures.operators.${detail.operator}.channel`) })}</dd>
          {detail.phoneNumber ? (
            <>
              <dt className="text-slate-600">{t("cases.detail.number")}</dt>
              <dd>{formatPhone(detail.phoneNumber)}</dd>
            </>
          ) : null}
          {detail.orderNumber ? (
            <>
              <dt className="text-slate-600">{t("cases.detail.order")}</dt>
              <dd>{detail.orderNumber}</dd>
            </>
          ) : null}
          <dt className="text-slate-600">{t("cases.detail.sim")}</dt>
          <dd>
            {t("cases.detail.simValue", {
              simKind: t(`cases.simKinds.${detail.simKind}`),
              cardType: t(`cases.cardTypes.${detail.cardType}`),
            })}
          </dd>
          {detail.leavingOn ? (
            <>
              <dt className="text-slate-600">{t("cases.detail.leavingOn")}</dt>
              <dd>{format.dateTime(detail.leavingOn, "calendarDate")}</dd>
            </>
          ) : null}
          {detail.expectedBy ? (
            <>
              <dt className="text-slate-600">{t("cases.detail.answerDue")}</dt>
              <dd className="font-semibold">{format.dateTime(detail.expectedBy, "dateTime")}</dd>
            </>
          ) : null}
          <dt className="text-slate-600">{t("cases.detail.progress")}</dt>
          <dd>{t("cases.detail.progressValue", { done, total: procedureSteps.length })}</dd>
        </dl>
        {detail.notes ? <p className="whitespace-pre-wrap rounded-lg bg-white p-3 text-sm">{detail.notes}</p> : null}
        <Link href={`/cases/${detail.id}/edit`} className="inline-flex min-h-11 items-center self-start text-sm font-medium text-brand-700 underline">
          {t("cases.detail.editDetails")}
        </Link>
      </div>

      <section aria-labelledby="status-heading" className="flex flex-col gap-3">
        <h2 id="status-heading" className="text-lg font-semibold">
          {t("cases.detail.status")}
        </h2>
        <StatusPanel
          caseId={detail.id}
          allowed={allowed}
          waiting={detail.status === "WAITING_FOR_OPERATOR"}
          hasProof={detail.receipts.length > 0}
          review={{
            days: detail.reviewDays ?? procedure.review.days,
            counting: (detail.reviewCounting ?? (procedure.review.counting === "working" ? "WORKING" : "CALENDAR")) === "WORKING" ? "working" : "calendar",
          }}
          waitHint={t("cases.detail.waitHint", {
            operator: t(`procedures.operators.${detail.operator}.label`),
            days: procedure.review.days,
            counting: procedure.review.counting,
          })}
        />
      </section>

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
        <ReceiptUpload caseId={detail.id} canComplete={canComplete} />
      </section>

      <section aria-labelledby="reminders-heading" className="flex flex-col gap-3">
        <h2 id="reminders-heading" className="text-lg font-semibold">
          {detail.remindersMuted ? t("cases.detail.remindersMuted") : t("cases.detail.reminders")}
        </h2>
        <RemindersPanel
          caseId={detail.id}
          waiting={detail.status === "WAITING_FOR_OPERATOR"}
          muted={detail.remindersMuted}
          accountOff={!detail.owner.remindersEnabled}
          followUps={{ everyDays: detail.followUpEveryDays, count: detail.maxFollowUps }}
          reminders={detail.reminders.map((reminder) => ({
            id: reminder.id,
            label: t(`reminders.kinds.${reminder.kind}`, { sequence: reminder.sequence }),
            when: format.dateTime(reminder.sentAt ?? reminder.dueAt, "dateTime"),
            state: reminder.state,
            failed: reminder.state === "FAILED",
          }))}
        />
        {/* Only a case with a date ahead has something to put in a calendar. */}
        {detail.status === "WAITING_FOR_OPERATOR" || (detail.leavingOn && !isClosed(detail.status)) ? (
          <CalendarDownloadLink caseId={detail.id} />
        ) : null}
      </section>

      <section aria-labelledby="checklist-heading" className="flex flex-col gap-3">
        <h2 id="checklist-heading" className="text-lg font-semibold">
          {t("cases.detail.checklist")}
        </h2>
        <StepList detail={detail} kind="CHECK" canComplete={canComplete} t={t} format={format} />
        <AddStepForm caseId={detail.id} kind="CHECK" />
      </section>

      <section aria-labelledby="steps-heading" className="flex flex-col gap-3">
        <h2 id="steps-heading" className="text-lg font-semibold">
          {t("cases.detail.steps")}
        </h2>
        {procedureSteps.length === 0 ? (
          <p className="text-slate-700">{t("cases.detail.noSteps")}</p>
        ) : (
          <StepList detail={detail} kind="PROCEDURE" canComplete={canComplete} t={t} format={format} />
        )}
        <AddStepForm caseId={detail.id} kind="PROCEDURE" />
      </section>

      <section aria-labelledby="timeline-heading" className="flex flex-col gap-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {t("cases.detail.timeline")}
        </h2>
        <NoteForm caseId={detail.id} />
        <Timeline events={detail.events} operator={detail.operator} receipts={detail.receipts} />
      </section>

      <DeleteCaseForm caseId={detail.id} />
    </div>
  );
}
