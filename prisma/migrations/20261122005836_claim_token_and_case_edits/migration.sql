-- AlterEnum
ALTER TYPE "CaseEventKind" ADD VALUE 'CASE_EDITED';

-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "claimToken" TEXT;
