import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";

export type TestS3 = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The variables the app reads, for process.env. */
  env: Record<string, string>;
  /** The keys of every object in the bucket, from the server's own store. */
  objectKeys(): Promise<string[]>;
  /** One object's bytes, read from the server's own store. */
  objectBytes(key: string): Promise<Buffer>;
  /** Deletes every object (between tests). */
  clear(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * An S3-compatible server in this process (s3rver: files in a temporary
 * folder, SigV4 signatures checked against its one key pair), with one empty
 * bucket. Addressed by IP: s3rver reads any other host name as a
 * virtual-host bucket, so path-style requests are the ones that work. The
 * endpoint carries a trailing slash on purpose, as operators often write it.
 */
export async function startTestS3(): Promise<TestS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "simcase-s3-"));
  const bucket = "simcase-test";
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}/`;
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  return {
    endpoint,
    bucket,
    ...credentials,
    env: {
      RECEIPT_STORAGE: "s3",
      S3_ENDPOINT: endpoint,
      S3_REGION: "us-east-1",
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: "1",
    },
    async objectKeys() {
      const listed = await server.store.listObjects(bucket, { maxKeys: 100_000 });
      return listed.objects.map((object) => object.key).sort();
    },
    async objectBytes(key) {
      const object = await server.store.getObject(bucket, key);
      const chunks: Buffer[] = [];
      for await (const chunk of object.content) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async clear() {
      const listed = await server.store.listObjects(bucket, { maxKeys: 100_000 });
      for (const object of listed.objects) await server.store.deleteObject(bucket, object.key);
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
