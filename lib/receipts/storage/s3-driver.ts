import "server-only";
import { Readable } from "node:stream";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { OBJECT_PREFIX, objectKey, storageKeyOf } from "./object-keys";
import type { S3Config } from "./s3-config";
import type { ReceiptStorageDriver } from "./storage-driver";
import { describeS3Failure } from "./storage-error";

/** S3's limit on keys per DeleteObjects request. */
const DELETE_BATCH = 1000;

export type S3Driver = ReceiptStorageDriver & {
  /** One cheap request with a deadline: for /readyz, which must answer fast. */
  checkReachable(timeoutMs: number): Promise<boolean>;
  destroy(): void;
};

/** A client for the configured bucket; also used by `npm run backup` and `npm run restore` to copy objects. */
export function createS3Client(config: S3Config, maxAttempts: number): S3Client {
  const s3 = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    maxAttempts,
    // Checksums only where S3 demands them: the SDK's default sends streamed bodies as
    // aws-chunked with a trailing checksum, which many S3-compatible stores refuse.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  if (config.forcePathStyle) {
    // Path-style bucket requests (list, multi-delete) go to `/<bucket>/`; some S3-compatible
    // stores (s3rver, which the tests use) sign `/<bucket>` instead and refuse the signature.
    // S3 and MinIO read both the same, so the slash is dropped before signing.
    const suffix = `/${config.bucket}/`;
    s3.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { path?: unknown };
        if (typeof request.path === "string" && request.path.endsWith(suffix)) request.path = request.path.slice(0, -1);
        return next(args);
      },
      { step: "build", name: "simcaseBucketPathWithoutSlash" },
    );
  }
  return s3;
}

export function createS3Driver(config: S3Config): S3Driver {
  const s3 = createS3Client(config, 3);
  // A stream can be read once: a retried PUT would send nothing. Streamed bodies get one attempt.
  const once = createS3Client(config, 1);
  const Bucket = config.bucket;

  return {
    name: "s3",
    async put(key, variant, file) {
      const streamed = file.body instanceof Readable;
      try {
        await (streamed ? once : s3).send(
          new PutObjectCommand({ Bucket, Key: objectKey(key, variant), Body: file.body, ContentLength: file.size, ContentType: file.contentType }),
        );
      } catch (error) {
        throw describeS3Failure("PutObject", Bucket, error);
      }
    },
    async get(key, variant) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket, Key: objectKey(key, variant) }));
        if (!(object.Body instanceof Readable)) throw new Error("GetObject answered without a body stream");
        return { body: object.Body, size: object.ContentLength ?? 0 };
      } catch (error) {
        if (error instanceof Error && error.name === "NoSuchKey") return null;
        throw describeS3Failure("GetObject", Bucket, error);
      }
    },
    async delete(keys) {
      const objects = keys.flatMap((key) => [objectKey(key, "original"), objectKey(key, "thumbnail")]);
      for (let start = 0; start < objects.length; start += DELETE_BATCH) {
        const batch = objects.slice(start, start + DELETE_BATCH);
        let failed: { Key?: string; Code?: string }[] | undefined;
        try {
          const result = await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
          failed = result.Errors;
        } catch (error) {
          throw describeS3Failure("DeleteObjects", Bucket, error);
        }
        if (failed?.length) throw describeS3Failure("DeleteObjects", Bucket, Object.assign(new Error(`${failed.length} not deleted`), { name: failed[0]!.Code ?? "Error" }));
      }
    },
    async *listOlderThan(before) {
      let ContinuationToken: string | undefined;
      do {
        let page;
        try {
          page = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: OBJECT_PREFIX, ContinuationToken }));
        } catch (error) {
          throw describeS3Failure("ListObjectsV2", Bucket, error);
        }
        const keys = new Set<string>();
        for (const object of page.Contents ?? []) {
          const key = object.Key && storageKeyOf(object.Key);
          if (key && object.LastModified && object.LastModified < before) keys.add(key);
        }
        if (keys.size) yield [...keys];
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async checkReachable(timeoutMs) {
      try {
        // A listing rather than HeadBucket: it proves the bucket, the keys and the list
        // permission the sweep needs, and every S3-compatible store answers it. Of a prefix
        // that holds nothing, so the answer is never a truncated page: s3rver answers those
        // with a 500, and once the bucket held two receipt files every server left the rotation.
        await s3.send(new ListObjectsV2Command({ Bucket, Prefix: `${OBJECT_PREFIX}readiness-probe/`, MaxKeys: 1 }), {
          abortSignal: AbortSignal.timeout(timeoutMs),
        });
        return true;
      } catch {
        return false;
      }
    },
    destroy() {
      s3.destroy();
      once.destroy();
    },
  };
}
