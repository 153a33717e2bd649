// The parts of @20minutes/s3rver (it ships no types) that the tests use.
declare module "@20minutes/s3rver" {
  import type { AddressInfo } from "node:net";

  type Options = {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    configureBuckets?: { name: string }[];
  };

  export default class S3rver {
    constructor(options: Options);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    store: {
      listObjects(bucket: string, options: { maxKeys?: number; prefix?: string }): Promise<{ objects: { key: string }[] }>;
      getObject(bucket: string, key: string): Promise<{ content: NodeJS.ReadableStream }>;
      deleteObject(bucket: string, key: string): Promise<void>;
    };
  }
}
