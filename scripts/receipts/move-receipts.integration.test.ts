import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import * as corpus from "@/test/support/receipt-corpus";
import { startTestS3 } from "@/test/support/s3-server";

const s3 = await startTestS3();
// Receipts are uploaded into Postgres, as before the bucket; the command moves them.
Object.assign(process.env, s3.env, { RECEIPT_STORAGE: "postgres" });
afterAll(() => s3.stop());

const { addReceipt } = await import("@/lib/receipts/add-receipt");
const { getReceiptFile } = await import("@/lib/receipts/get-receipt-file");
const { ORPHAN_AFTER_MS, sweepReceiptObjects } = await import("@/lib/receipts/sweep-receipt-objects");

/** Runs `npm run receipts:move` as an operator would; killed (SIGKILL) at its first progress line when asked. */
function move(to: string, options: { killAtFirstProgress?: boolean } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/receipts/move-receipts.ts", "--to", to, "--batch", "2"], {
    env: { ...process.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    if (options.killAtFirstProgress && / moved \(/.test(stdout)) child.kill("SIGKILL");
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

async function receiptsWithBytes() {
  const files = new Map<string, { original: Buffer; thumbnail: Buffer }>();
  for (const label of ["a", "b"]) {
    const user = await createTestUser();
    const { id: caseId } = await createTestCase(user.id, { operator: "SMART" });
    for (let index = 0; index < 4; index++) {
      const upload = index % 2 === 0 ? { bytes: await corpus.pdf(index + 1), fileName: `${label}${index}.pdf` } : { bytes: await corpus.jpeg(300 + index * 10, 200), fileName: `${label}${index}.jpg` };
      const { id } = await addReceipt(user.id, caseId, upload);
      files.set(id, {
        original: (await getReceiptFile(user.id, id, "original")).bytes,
        thumbnail: (await getReceiptFile(user.id, id, "thumbnail")).bytes,
      });
    }
  }
  return files;
}

async function expectSameBytes(files: Map<string, { original: Buffer; thumbnail: Buffer }>) {
  for (const [id, before] of files) {
    const { ownerId } = await db().receipt.findUniqueOrThrow({ where: { id } });
    expect((await getReceiptFile(ownerId, id, "original")).bytes.equals(before.original)).toBe(true);
    expect((await getReceiptFile(ownerId, id, "thumbnail")).bytes.equals(before.thumbnail)).toBe(true);
  }
}

describe("npm run receipts:move", () => {
  it("moves every receipt to the bucket once, across an interruption, and back again", { timeout: 120_000 }, async () => {
    const files = await receiptsWithBytes();
    const total = files.size;

    const cut = await move("s3", { killAtFirstProgress: true });
    expect(cut.stdout).toContain(`receipts:move to s3: ${total} to move, 0 already there`);
    const movedBeforeKill = await db().receipt.count({ where: { storageKey: { not: null } } });
    expect(movedBeforeKill).toBeGreaterThanOrEqual(2);
    // Each receipt is in exactly one place, whichever it is.
    expect(await db().receiptBlob.count()).toBe(total - movedBeforeKill);

    const resumed = await move("s3");
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`${total - movedBeforeKill} to move, ${movedBeforeKill} already there`);
    expect(resumed.stdout).toMatch(/done, \d+ moved/);
    const rows = await db().receipt.findMany({ select: { storageKey: true, kind: true } });
    expect(rows.every((row) => row.storageKey !== null)).toBe(true);
    expect(new Set(rows.map((row) => row.storageKey)).size).toBe(total);
    expect(await db().receiptBlob.count()).toBe(0);
    await expectSameBytes(files);

    // A copy the kill cut off is named by no row: the sweep takes it, and nothing else.
    await sweepReceiptObjects(new Date(Date.now() + ORPHAN_AFTER_MS + 60_000));
    const expected = rows.flatMap((row) => (row.kind === "IMAGE" ? [`${row.storageKey}/original`, `${row.storageKey}/thumbnail`] : [`${row.storageKey}/original`]));
    expect(await s3.objectKeys()).toEqual(expected.sort());

    expect((await move("s3")).stdout).toContain(`0 to move, ${total} already there`);

    const back = await move("postgres");
    expect(back.code, back.stderr).toBe(0);
    expect(await db().receipt.count({ where: { storageKey: null } })).toBe(total);
    expect(await db().receiptBlob.count()).toBe(total);
    expect(await s3.objectKeys()).toEqual([]);
    await expectSameBytes(files);
  });

  it("refuses a wrong destination without touching anything", async () => {
    const result = await move("disk");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run receipts:move -- --to s3|postgres");
  });
});
