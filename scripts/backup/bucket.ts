import { createWriteStream } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { OBJECT_PREFIX, storageKeyOf } from "@/lib/receipts/storage/object-keys";
import { sha256Stream } from "./manifest";

export type Bucket = { s3: S3Client; name: string };

/** Every receipt object's key (the app's prefix, the app's key shape), in key order. */
export async function listObjectKeys({ s3, name }: Bucket): Promise<string[]> {
  const keys: string[] = [];
  let ContinuationToken: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: name, Prefix: OBJECT_PREFIX, ContinuationToken }));
    for (const object of page.Contents ?? []) if (object.Key && storageKeyOf(object.Key)) keys.push(object.Key);
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
  return keys.sort();
}

async function getBody({ s3, name }: Bucket, key: string): Promise<Readable | null> {
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: name, Key: key }));
    if (!(object.Body instanceof Readable)) throw new Error(`GetObject ${key} answered without a body stream`);
    return object.Body;
  } catch (error) {
    if (error instanceof Error && error.name === "NoSuchKey") return null;
    throw error;
  }
}

/** Streams one object to a file; null when it is gone (deleted since it was listed). */
export async function downloadObject(bucket: Bucket, key: string, file: string): Promise<{ size: number } | null> {
  const body = await getBody(bucket, key);
  if (!body) return null;
  await mkdir(path.dirname(file), { recursive: true });
  await pipeline(body, createWriteStream(file));
  return { size: (await stat(file)).size };
}

/** One object's sha256, read from the bucket; null when there is no such object. */
export async function objectSha256(bucket: Bucket, key: string): Promise<string | null> {
  const body = await getBody(bucket, key);
  return body ? sha256Stream(body) : null;
}

/** Read whole (a receipt file is at most 10 MB) so that the SDK may retry the PutObject. */
export async function uploadObject({ s3, name }: Bucket, key: string, file: string): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: name, Key: key, Body: await readFile(file) }));
}
