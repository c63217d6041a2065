-- CreateTable
CREATE TABLE "CoordinatorArea" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "terytCode" TEXT NOT NULL,
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoordinatorArea_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoordinatorArea_userId_terytCode_key" ON "CoordinatorArea"("userId", "terytCode");

-- CreateIndex
CREATE INDEX "Club_terytCode_idx" ON "Club"("terytCode");

-- AddForeignKey
ALTER TABLE "CoordinatorArea" ADD CONSTRAINT "CoordinatorArea_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorArea" ADD CONSTRAINT "CoordinatorArea_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
