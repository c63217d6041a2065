-- CreateIndex
CREATE INDEX "LessonCompletion_completedAt_idx" ON "LessonCompletion"("completedAt");

-- CreateIndex
CREATE INDEX "StepProgress_userId_completedAt_idx" ON "StepProgress"("userId", "completedAt");
