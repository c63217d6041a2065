-- CreateTable
CREATE TABLE "PracticeResult" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "simulatorSlug" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "firstCompletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastCompletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timesCompleted" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PracticeResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PracticeResult_lessonSlug_idx" ON "PracticeResult"("lessonSlug");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeResult_userId_simulatorSlug_key" ON "PracticeResult"("userId", "simulatorSlug");

-- AddForeignKey
ALTER TABLE "PracticeResult" ADD CONSTRAINT "PracticeResult_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
