-- DropIndex
DROP INDEX "Case_ownerId_searchText_idx";

-- CreateIndex
CREATE INDEX "Case_searchText_idx" ON "Case" USING GIN ("searchText" gin_trgm_ops);

-- The owner-first composite read every posting of the owner; the trigram index alone is cheaper (docs/decisions/013).
DROP EXTENSION IF EXISTS "btree_gin";
