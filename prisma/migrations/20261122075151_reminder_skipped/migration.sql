-- AlterEnum
ALTER TYPE "ReminderState" ADD VALUE 'SKIPPED';
