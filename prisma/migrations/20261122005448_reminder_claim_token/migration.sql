-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "claimToken" TEXT;
