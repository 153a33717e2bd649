-- AlterEnum
ALTER TYPE "SubmissionKind" ADD VALUE 'SNOOZE';
