-- CreateEnum
CREATE TYPE "Operator" AS ENUM ('SMART', 'METFONE', 'COOTEL', 'SEATEL', 'ESIM', 'OTHER');

-- CreateEnum
CREATE TYPE "SimKind" AS ENUM ('PHYSICAL', 'ESIM');

-- CreateEnum
CREATE TYPE "CardType" AS ENUM ('THREE_DAY', 'SEVEN_DAY', 'MONTHLY', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_OPERATOR', 'DONE', 'NEEDS_ACTION', 'GIVEN_UP');

-- CreateEnum
CREATE TYPE "StepKind" AS ENUM ('CHECK', 'PROCEDURE');

-- CreateEnum
CREATE TYPE "StepState" AS ENUM ('TODO', 'DONE', 'SKIPPED');

-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('CASE_CREATED', 'STATUS_CHANGED', 'CASE_REOPENED', 'STEP_DONE', 'STEP_SKIPPED', 'STEP_UNDONE', 'STEP_EDITED', 'STEP_ADDED', 'STEP_DELETED', 'STEP_MOVED', 'NOTE_ADDED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Asia/Phnom_Penh';

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "operator" "Operator" NOT NULL,
    "providerName" TEXT,
    "simKind" "SimKind" NOT NULL,
    "cardType" "CardType" NOT NULL,
    "phoneNumber" TEXT,
    "orderNumber" TEXT,
    "nickname" TEXT,
    "leavingOn" DATE,
    "notes" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "expectedBy" TIMESTAMP(3),
    "noProofConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" TIMESTAMP(3),
    "nextDueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStep" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "StepKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "howTo" TEXT,
    "whatToBring" TEXT,
    "startsWaiting" BOOLEAN NOT NULL DEFAULT false,
    "templateKey" TEXT,
    "state" "StepState" NOT NULL DEFAULT 'TODO',
    "completedAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" "CaseEventKind" NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Case_ownerId_updatedAt_id_idx" ON "Case"("ownerId", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Case_ownerId_nextDueAt_id_idx" ON "Case"("ownerId", "nextDueAt", "id");

-- CreateIndex
CREATE INDEX "Case_ownerId_status_idx" ON "Case"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Case_ownerId_operator_idx" ON "Case"("ownerId", "operator");

-- CreateIndex
CREATE INDEX "CaseStep_caseId_kind_position_idx" ON "CaseStep"("caseId", "kind", "position");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_createdAt_id_idx" ON "CaseEvent"("caseId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "CaseEvent_actorId_idx" ON "CaseEvent"("actorId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStep" ADD CONSTRAINT "CaseStep_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The timeline is append-only: no edits, and no deletes while the case (and
-- the acting user) still exist. Deleting the case or the account takes its
-- history with it through the foreign keys' cascades.
CREATE FUNCTION "case_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'CaseEvent rows are append-only';
  END IF;
  IF EXISTS (SELECT 1 FROM "Case" WHERE "id" = OLD."caseId")
     AND EXISTS (SELECT 1 FROM "User" WHERE "id" = OLD."actorId") THEN
    RAISE EXCEPTION 'CaseEvent rows are deleted only with their case';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "CaseEvent_append_only"
BEFORE UPDATE OR DELETE ON "CaseEvent"
FOR EACH ROW EXECUTE FUNCTION "case_event_append_only"();
