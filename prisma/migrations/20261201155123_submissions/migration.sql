-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('CASE', 'STEP', 'NOTE', 'RECEIPT');

-- CreateTable
CREATE TABLE "Submission" (
    "userId" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "key" UUID NOT NULL,
    "resultId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("userId","kind","key")
);

-- CreateIndex
CREATE INDEX "Submission_createdAt_idx" ON "Submission"("createdAt");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
