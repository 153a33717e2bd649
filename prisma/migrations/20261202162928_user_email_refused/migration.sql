-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailRefusedAt" TIMESTAMP(3);
