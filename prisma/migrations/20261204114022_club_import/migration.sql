-- AlterTable
ALTER TABLE "Club" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "importId" TEXT;

-- CreateTable
CREATE TABLE "ClubImport" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,

    CONSTRAINT "ClubImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClubImport_createdAt_idx" ON "ClubImport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Club_externalId_key" ON "Club"("externalId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ClubImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubImport" ADD CONSTRAINT "ClubImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
