// The job registry, at the composition row: lib/jobs knows how to run a job
// definition, never which handlers exist (see /work/shared/design/layers.md).
import { sendMailNoticeJob } from "@/lib/account/send-mail-notice";
import { sweepMailNoticesJob } from "@/lib/account/sweep-mail-notices";
import { sweepUnconfirmedAccountsJob } from "@/lib/account/sweep-unconfirmed-accounts";
import { sendEmailChangeLinkJob } from "@/lib/auth/send-email-change-link";
import { sendPasswordResetEmailJob } from "@/lib/auth/send-password-reset-email";
import { sendSignUpAttemptEmailJob } from "@/lib/auth/send-sign-up-attempt-email";
import { sendVerificationEmailJob } from "@/lib/auth/send-verification-email";
import { sweepSubmissionsJob } from "@/lib/cases/sweep-submissions";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { deleteReceiptObjectsJob } from "@/lib/receipts/delete-receipt-objects";
import { sweepReceiptObjectsJob } from "@/lib/receipts/sweep-receipt-objects";
import { dispatchRemindersJob } from "@/lib/reminders/dispatch-reminders-job";
import { telegramUpdateJob } from "@/lib/telegram/telegram-update-job";

/** Every job the worker runs. A queue is created for each when the database is prepared. */
export const jobDefinitions: readonly JobDefinition[] = [
  sendPasswordResetEmailJob,
  sendVerificationEmailJob,
  sendSignUpAttemptEmailJob,
  sendEmailChangeLinkJob,
  dispatchRemindersJob,
  sendMailNoticeJob,
  sweepMailNoticesJob,
  sweepUnconfirmedAccountsJob,
  telegramUpdateJob,
  deleteReceiptObjectsJob,
  sweepReceiptObjectsJob,
  sweepSubmissionsJob,
];
