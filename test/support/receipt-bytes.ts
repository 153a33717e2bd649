import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import pg from "pg";
import type { TestS3 } from "./s3-server";

export type ReceiptBytes = Map<string, { original: Buffer; thumbnail: Buffer | null }>;

/**
 * Every receipt's files in one database and bucket, read straight from
 * ReceiptBlob and the bucket (not through the app, which reads one database).
 */
export async function readReceiptBytes(databaseUrl: string, bucket: TestS3): Promise<ReceiptBytes> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const s3 = new S3Client({
    endpoint: bucket.endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: bucket.accessKeyId, secretAccessKey: bucket.secretAccessKey },
  });
  const object = async (key: string) => {
    try {
      const found = await s3.send(new GetObjectCommand({ Bucket: bucket.bucket, Key: key }));
      return Buffer.from(await found.Body!.transformToByteArray());
    } catch (error) {
      if (error instanceof Error && error.name === "NoSuchKey") return null;
      throw error;
    }
  };
  try {
    const { rows } = await client.query<{ id: string; storageKey: string | null; data: Buffer | null; thumbnail: Buffer | null }>(
      `SELECT r.id, r."storageKey", b.data, b.thumbnail FROM "Receipt" r LEFT JOIN "ReceiptBlob" b ON b."receiptId" = r.id`,
    );
    const files: ReceiptBytes = new Map();
    for (const row of rows) {
      const original = row.storageKey ? await object(`${row.storageKey}/original`) : row.data;
      const thumbnail = row.storageKey ? await object(`${row.storageKey}/thumbnail`) : row.thumbnail;
      if (!original) throw new Error(`receipt ${row.id} has no bytes`);
      files.set(row.id, { original, thumbnail });
    }
    return files;
  } finally {
    s3.destroy();
    await client.end();
  }
}
