import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { NOT_FOUND } from "@/test/support/not-found";
import { deleteCase } from "./delete-case";

const exists = async (id: string) => (await db().case.count({ where: { id } })) === 1;

describe("deleteCase sent twice (decision 031)", () => {
  it("with the form's key answers the replay as deleted, where the case is gone; without one the replay is not found", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    const submissionKey = randomUUID();
    await deleteCase(user.id, id, { submissionKey });
    expect(await exists(id)).toBe(false);
    await expect(deleteCase(user.id, id, { submissionKey })).resolves.toEqual({ storageKeys: [] });

    const keyless = await createTestCase(user.id);
    await deleteCase(user.id, keyless.id);
    await expect(deleteCase(user.id, keyless.id)).rejects.toMatchObject(NOT_FOUND);
  });

  it("two tries with one key at the same moment both answer as deleted", async () => {
    const user = await createTestUser();
    const { id } = await createTestCase(user.id);
    const submissionKey = randomUUID();
    await Promise.all([deleteCase(user.id, id, { submissionKey }), deleteCase(user.id, id, { submissionKey })]);
    expect(await exists(id)).toBe(false);
  });

  it("another user's case is not found, with or without a key, stays, and the refusal does not use the key up", async () => {
    const [owner, stranger] = [await createTestUser(), await createTestUser()];
    const mine = await createTestCase(owner.id);
    const theirs = await createTestCase(stranger.id);
    const submissionKey = randomUUID();
    await expect(deleteCase(stranger.id, mine.id, { submissionKey })).rejects.toMatchObject(NOT_FOUND);
    await expect(deleteCase(stranger.id, mine.id, { submissionKey })).rejects.toMatchObject(NOT_FOUND);
    expect(await exists(mine.id)).toBe(true);

    // The owner's deletion with the same key is theirs alone: the stranger's replay of it is still "not found".
    await deleteCase(owner.id, mine.id, { submissionKey });
    await expect(deleteCase(stranger.id, mine.id, { submissionKey })).rejects.toMatchObject(NOT_FOUND);
    await deleteCase(stranger.id, theirs.id, { submissionKey });
    expect(await exists(theirs.id)).toBe(false);
  });
});
