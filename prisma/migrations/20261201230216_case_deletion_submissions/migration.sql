-- AlterEnum
ALTER TYPE "SubmissionKind" ADD VALUE 'CASE_DELETION';
