import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { CASE_STATUSES, type CaseStatus } from "./case-status";
import { CASE_SUMMARY_SELECT } from "./case-summary-select";
import { stepSummaries } from "./step-summaries";

const RECENT_DAYS = 30;
const MAX_PER_GROUP = 20;

const dashboardCase = { ...CASE_SUMMARY_SELECT, closedAt: true } satisfies Prisma.CaseSelect;

type Row = Prisma.CaseGetPayload<{ select: typeof dashboardCase }>;

export type DashboardCase = Row & { stepsToDo: number; progress: { done: number; total: number }; handedOver: boolean };

/** Why a case is on the user's plate now, most urgent first. */
export type AttentionReason = "needsAction" | "reviewOverdue" | "stepsToDo";

export type Dashboard = {
  counts: Record<CaseStatus, number>;
  total: number;
  needsYou: Array<DashboardCase & { reason: AttentionReason }>;
  waiting: DashboardCase[];
  recentlyFinished: DashboardCase[];
};

const REASON_ORDER: Record<AttentionReason, number> = { needsAction: 0, reviewOverdue: 1, stepsToDo: 2 };


/**
 * The home page after sign-in: what needs the user now (flagged cases, reviews
 * past their expected-by time, cases with steps still to do), what is waiting
 * on an operator, and what finished lately. Five indexed queries, each bounded,
 * and one grouped query for the steps of the cases shown.
 */
export async function getDashboard(userId: string, now = new Date()): Promise<Dashboard> {
  // Flagged and overdue cases are read apart from the rest, so a long list of open cases never pushes them out.
  const [grouped, urgent, toDo, waiting, finished] = await Promise.all([
    db().case.groupBy({ by: ["status"], where: { ownerId: userId }, _count: { _all: true } }),
    db().case.findMany({
      where: {
        ownerId: userId,
        OR: [{ status: "NEEDS_ACTION" }, { status: "WAITING_FOR_OPERATOR", expectedBy: { lte: now } }],
      },
      orderBy: [{ nextDueAt: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
      take: MAX_PER_GROUP,
      select: dashboardCase,
    }),
    db().case.findMany({
      where: { ownerId: userId, status: { in: ["OPEN", "IN_PROGRESS"] } },
      orderBy: [{ nextDueAt: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
      take: MAX_PER_GROUP,
      select: dashboardCase,
    }),
    db().case.findMany({
      where: { ownerId: userId, status: "WAITING_FOR_OPERATOR", expectedBy: { gt: now } },
      orderBy: [{ expectedBy: "asc" }, { id: "asc" }],
      take: MAX_PER_GROUP,
      select: dashboardCase,
    }),
    db().case.findMany({
      where: {
        ownerId: userId,
        status: { in: ["DONE", "GIVEN_UP"] },
        closedAt: { gte: new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000) },
      },
      orderBy: [{ closedAt: "desc" }, { id: "desc" }],
      take: 5,
      select: dashboardCase,
    }),
  ]);

  const summaryOf = await stepSummaries([...urgent, ...toDo, ...waiting, ...finished].map((row) => row.id));
  const toCase = (row: Row): DashboardCase => {
    const { done, total, handedOver } = summaryOf(row.id);
    return { ...row, stepsToDo: total - done, progress: { done, total }, handedOver };
  };

  const counts = Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) as Record<CaseStatus, number>;
  for (const group of grouped) counts[group.status] = group._count._all;

  const needsYou = [...urgent, ...toDo]
    .map((row) => {
      const item = toCase(row);
      const reason: AttentionReason =
        item.status === "NEEDS_ACTION" ? "needsAction" : item.status === "WAITING_FOR_OPERATOR" ? "reviewOverdue" : "stepsToDo";
      return { ...item, reason };
    })
    .sort((a, b) => REASON_ORDER[a.reason] - REASON_ORDER[b.reason]);

  return {
    counts,
    total: Object.values(counts).reduce((sum, count) => sum + count, 0),
    needsYou,
    waiting: waiting.map(toCase),
    recentlyFinished: finished.map(toCase),
  };
}
