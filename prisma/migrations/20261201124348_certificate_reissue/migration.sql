-- DropIndex
DROP INDEX "Certificate_clubId_userId_kind_subjectKey_key";

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "reissue" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_clubId_userId_kind_subjectKey_reissue_key" ON "Certificate"("clubId", "userId", "kind", "subjectKey", "reissue");
