-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Case_ownerId_searchText_idx" ON "Case" USING GIN ("ownerId" text_ops, "searchText" gin_trgm_ops);

-- searchText is what the "My cases" search matches, kept by the database so
-- that no write path can forget it. Only the source columns fire it.
CREATE FUNCTION case_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := lower(concat_ws(' ', NEW.nickname, NEW.notes, NEW."orderNumber", NEW."providerName", NEW."phoneNumber"));
  RETURN NEW;
END
$$;

CREATE TRIGGER case_search_text
  BEFORE INSERT OR UPDATE OF nickname, notes, "orderNumber", "providerName", "phoneNumber" ON "Case"
  FOR EACH ROW EXECUTE FUNCTION case_search_text();

UPDATE "Case" SET "searchText" = lower(concat_ws(' ', nickname, notes, "orderNumber", "providerName", "phoneNumber"));
