-- CreateEnum
CREATE TYPE "ContentReportStatus" AS ENUM ('NEW', 'ACCEPTED', 'FIXED', 'REJECTED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isEditor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ContentReport" (
    "id" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "screenShows" TEXT,
    "reporterId" TEXT,
    "clubId" TEXT,
    "status" "ContentReportStatus" NOT NULL DEFAULT 'NEW',
    "reply" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentReport_lessonSlug_createdAt_idx" ON "ContentReport"("lessonSlug", "createdAt");

-- CreateIndex
CREATE INDEX "ContentReport_clubId_createdAt_idx" ON "ContentReport"("clubId", "createdAt");

-- CreateIndex
CREATE INDEX "ContentReport_reporterId_idx" ON "ContentReport"("reporterId");

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE SET NULL ON UPDATE CASCADE;
