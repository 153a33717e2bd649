-- CreateEnum
CREATE TYPE "ReviewCounting" AS ENUM ('CALENDAR', 'WORKING');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('CHECK', 'FOLLOW_UP', 'NEEDS_ACTION');

-- CreateEnum
CREATE TYPE "ReminderState" AS ENUM ('SCHEDULED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'REMINDER_SENT';
ALTER TYPE "CaseEventKind" ADD VALUE 'REMINDER_FAILED';
ALTER TYPE "CaseEventKind" ADD VALUE 'REMINDERS_SNOOZED';
ALTER TYPE "CaseEventKind" ADD VALUE 'REMINDERS_MUTED';
ALTER TYPE "CaseEventKind" ADD VALUE 'REMINDERS_UNMUTED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "remindersEnabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "followUpEveryDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "maxFollowUps" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "reminderRound" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "remindersMuted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reviewCounting" "ReviewCounting",
ADD COLUMN     "reviewDays" INTEGER,
ADD COLUMN     "snoozedUntil" TIMESTAMP(3),
ADD COLUMN     "waitingSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "sequence" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "state" "ReminderState" NOT NULL DEFAULT 'SCHEDULED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "messageId" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_state_dueAt_idx" ON "Reminder"("state", "dueAt");

-- CreateIndex
CREATE INDEX "Reminder_caseId_state_idx" ON "Reminder"("caseId", "state");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
