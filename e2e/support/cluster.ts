import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SMTPServer } from "smtp-server";
import { startTestS3, type TestS3 } from "@/test/support/s3-server";
import { freePort, startTestDatabase } from "@/test/support/test-database";

export type Cluster = {
  url: string;
  webServers: string[];
  databaseUrl: string;
  /** The bucket every server keeps receipt files in (RECEIPT_STORAGE=s3), served from this process. */
  s3: TestS3;
  /** Message-IDs of every message the SMTP sink accepted, repeats included. */
  messageIds: string[];
  /** The last lines the cluster wrote: HAProxy's server DOWN/UP lines, the servers' and workers' logs. */
  logTail(lines?: number): string;
  /** The launcher's processes (web servers, workers, HAProxy) as they are now, with their command lines. */
  processes(): { pid: number; command: string }[];
  stop(): Promise<void>;
};

/** An SMTP server that accepts everything and keeps each message's Message-ID. */
async function startSink(messageIds: string[]) {
  const sink = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 16_384) head += chunk.toString("latin1");
      });
      stream.on("end", () => {
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1];
        if (id) messageIds.push(id);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => sink.close(resolve)) };
}

/** The children of `pid`, from /proc (any of its threads may have started one). */
function childProcesses(pid: number): { pid: number; command: string }[] {
  const read = (file: string) => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return ""; // gone meanwhile
    }
  };
  const pids = readdirSync(`/proc/${pid}/task`).flatMap((task) => read(`/proc/${pid}/task/${task}/children`).split(" ").filter(Boolean).map(Number));
  return pids.map((child) => ({ pid: child, command: read(`/proc/${child}/cmdline`).split("\0").join(" ") })).filter((child) => child.command);
}

async function waitUntilReady(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const status = await fetch(`${url}/readyz`).then((response) => response.status).catch(() => 0);
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`${url} never became ready`);
}

/**
 * `npm run cluster` with 2 web servers and 2 workers behind HAProxy, on a
 * fresh database, receipt files in an S3 bucket. The proxy listens on
 * E2E_CLUSTER_PORT and the web servers on the two ports after it when that
 * is set (a shared machine hands out port ranges), else on free ports.
 */
export async function startCluster(): Promise<Cluster> {
  const [database, s3] = await Promise.all([startTestDatabase("simcase_cluster"), startTestS3()]);
  const messageIds: string[] = [];
  const sink = await startSink(messageIds);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "simcase-cluster-"));
  const fixedPort = Number(process.env.E2E_CLUSTER_PORT) || 0;
  const port = fixedPort || (await freePort());
  const basePort = fixedPort || 20_000 + Math.floor(Math.random() * 20_000);
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "--conditions=react-server", "--import", "tsx", "scripts/cluster.ts"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        SMTP_URL: sink.url,
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        APP_URL: url,
        PORT: String(port),
        WEB_SERVERS: "2",
        WORKERS: "2",
        CLUSTER_BASE_PORT: String(basePort),
        SIMCASE_DATA_DIR: dataDir,
        ...s3.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  // Both streams, one buffer of the last lines: HAProxy warns on stderr, the servers log JSON on stdout.
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 400));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const logTail = (count = 40) => lines.slice(-count).join("\n");
  const webServers = [1, 2].map((i) => `http://127.0.0.1:${basePort + i}`);
  const deadline = Date.now() + 120_000;
  try {
    await Promise.all([url, ...webServers].map((server) => waitUntilReady(server, deadline)));
  } catch (error) {
    child.kill("SIGKILL");
    await s3.stop();
    throw new Error(`${String(error)}\n${logTail(400)}`);
  }
  return {
    url,
    webServers,
    databaseUrl: database.url,
    s3,
    messageIds,
    logTail,
    processes: () => childProcesses(child.pid!),
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await sink.close();
      await s3.stop();
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
