-- CreateIndex
CREATE INDEX "LessonCompletion_completedAt_idx" ON "LessonCompletion"("completedAt");

-- CreateIndex
CREATE INDEX "StepProgress_completedAt_userId_idx" ON "StepProgress"("completedAt", "userId");
