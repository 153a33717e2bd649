-- CreateEnum
CREATE TYPE "ReminderDeliveryState" AS ENUM ('SENT', 'FAILED', 'RETRYING', 'UNREACHABLE');

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "reminderId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "state" "ReminderDeliveryState" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "externalId" TEXT,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("reminderId","channel")
);

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "Reminder"("id") ON DELETE CASCADE ON UPDATE CASCADE;
