import type { Metadata, Route } from "next";
import { Link } from "@/components/ui/link";
import { BackLink } from "@/components/ui/back-link";
import { RedirectNotice } from "@/components/ui/redirect-notice";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import { resendVerificationAction } from "@/app/account/verification-actions";
import { EmailRefusedNotice } from "@/components/account/email-refused-notice";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { DeleteCaseForm } from "./_components/delete-case-form";
import { ProgressTracker } from "@/components/cases/progress-tracker";
import { StatusBadge } from "@/components/cases/status-badge";
import { cache } from "react";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { caseTitle } from "@/lib/cases/case-title";
import { isNotFoundError } from "@/lib/http/user-error";
import { getCase, type CaseDetail } from "@/lib/cases/get-case";
import { idSchema } from "@/lib/cases/schemas";
import { CaseDetails } from "./_components/case-details";
import { ClosedSummary } from "./_components/closed-summary";
import { FlightCard } from "./_components/flight-card";
import { NowCard } from "./_components/now-card";
import { RevealOnStatusChange } from "./_components/reveal-on-status-change";
import { ProofSection, RemindersSection, TimelineSection } from "./_components/sections";
import { StatusPanel } from "./_components/status-panel";
import { TaskList } from "./_components/task-list";
import { casePageView } from "./view-model";
import { RouteMessages } from "@/app/_components/route-messages";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Cached for the request: the tab's title and the page read the case once.
const loadCase = cache(async (userId: string, id: string): Promise<CaseDetail> => {
  try {
    return await getCase(userId, id);
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
});

/** The case's name in the tab, so several open cases can be told apart. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, user] = await Promise.all([getTranslations(), getCurrentUser()]);
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success || !user) return { title: t("cases.caseMetaTitle") };
  return { title: caseTitle(t, await loadCase(user.id, parsed.data)) };
}

export default async function CasePage({ params, searchParams }: Props) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const id = parsed.data;
  const user = await requireUser(`/cases/${id}`);
  const detail = await loadCase(user.id, id);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const view = casePageView(detail, t, format);
  // Set by the new-case form when this number already had an open case: only a link, which 404s if it is not the user's.
  const query = await searchParams;
  const sameNumber = idSchema.safeParse(query.sameNumber);
  const thumbnails = detail.receipts.map(({ id: receiptId, kind, fileName, pageCount }) => ({ id: receiptId, kind, fileName, pageCount }));

  return (
    <RouteMessages route="/cases/[id]">
      <div className="flex flex-col gap-5">
        <div className="flex flex-col gap-2">
          <BackLink href="/cases" className="-mt-3">
            {t("cases.backToList")}
          </BackLink>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            {/* A nickname may be 60 letters without a space: it wraps rather than widen the page. */}
            <h1 className="text-2xl font-bold tracking-tight wrap-anywhere">{view.title}</h1>
            <StatusBadge status={detail.status} />
          </div>
          {view.identity ? <p className="text-slate-700 wrap-anywhere">{view.identity}</p> : null}
          <ProgressTracker stage={view.stage} noProof={view.noProofConfirmed} due={view.expectedBy ? format.dateTime(view.expectedBy, "weekdayDate") : null} />
        </div>

        <RedirectNotice param="saved" message={query.saved === "1" ? t("cases.detailsSaved") : undefined} />
        {sameNumber.success && sameNumber.data !== id && !view.closed ? (
          <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
            {t.rich("casePage.sameNumber", {
              link: (chunks) => (
                <Link href={`/cases/${sameNumber.data}` as Route} className="font-semibold underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
        {view.closed ? <ClosedSummary view={view} receipts={thumbnails} /> : <NowCard view={view} />}
        <RevealOnStatusChange status={detail.status} step={view.currentId} />
        <FlightCard view={view} leavingOn={detail.leavingOn} />
        <VerifyEmailNotice resendAction={resendVerificationAction} />
        <EmailRefusedNotice />
        <TaskList view={view} />
        <ProofSection detail={detail} view={view} />
        <RemindersSection detail={detail} view={view} />
        {view.closed ? null : (
          <details className="rounded-xl border border-slate-200 bg-white px-3">
            <summary className="min-h-12 cursor-pointer py-3 font-semibold">{t("casePage.more")}</summary>
            <div className="pb-3">
              <StatusPanel
                caseId={view.id}
                allowed={view.allowed}
                waiting={detail.status === "WAITING_FOR_OPERATOR"}
                hasProof={detail.receipts.length > 0}
                review={view.review}
                waitHint={t("casePage.waitHint", { operator: view.operator, period: view.period, counting: view.review.counting })}
              />
            </div>
          </details>
        )}
        <CaseDetails detail={detail} operator={view.operator} channel={view.channel} />
        <TimelineSection detail={detail} />
        <DeleteCaseForm caseId={view.id} done={detail.status === "DONE"} />
      </div>
    </RouteMessages>
  );
}
