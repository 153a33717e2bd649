-- CreateEnum
CREATE TYPE "ReceiptKind" AS ENUM ('IMAGE', 'PDF');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'RECEIPT_ADDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'RECEIPT_DELETED';

-- CreateTable
CREATE TABLE "Receipt" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "stepId" TEXT,
    "kind" "ReceiptKind" NOT NULL,
    "contentType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "pageCount" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Receipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceiptBlob" (
    "receiptId" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "thumbnail" BYTEA,

    CONSTRAINT "ReceiptBlob_pkey" PRIMARY KEY ("receiptId")
);

-- CreateIndex
CREATE INDEX "Receipt_caseId_createdAt_idx" ON "Receipt"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "Receipt_ownerId_idx" ON "Receipt"("ownerId");

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "CaseStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptBlob" ADD CONSTRAINT "ReceiptBlob_receiptId_fkey" FOREIGN KEY ("receiptId") REFERENCES "Receipt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
