-- CreateTable
CREATE TABLE "TelegramSendPace" (
    "id" INTEGER NOT NULL,
    "nextSlot" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TelegramSendPace_pkey" PRIMARY KEY ("id")
);
