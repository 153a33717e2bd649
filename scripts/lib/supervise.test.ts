import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";

const fixture = path.join(import.meta.dirname, "supervise.test-fixture.ts");
const restarts = { startupMs: 1_000, firstDelayMs: 100, maxDelayMs: 400, maxFailedRestarts: 3 };
/** Says it is up, with its pid, then runs until stopped. */
const steady = (name: string) => ({
  name,
  script: `console.log("up ${name} " + process.pid); process.on("SIGTERM", () => process.exit(0)); setInterval(() => {}, 1000);`,
});
const started: { kill(signal: NodeJS.Signals): boolean; allPids(): number[] }[] = [];
afterEach(() => {
  for (const run of started.splice(0)) {
    run.kill("SIGKILL");
    for (const pid of run.allPids().filter(alive)) process.kill(pid, "SIGKILL");
  }
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function run(specs: { name: string; script: string }[]) {
  const child = spawn(process.execPath, ["--import", "tsx", fixture, JSON.stringify({ specs, restarts })], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const pids = (name: string) => [...output.matchAll(new RegExp(`^up ${name} (\\d+)$`, "gm"))].map((match) => Number(match[1]));
  const handle = { kill: (signal: NodeJS.Signals) => child.kill(signal), allPids: () => [...pids("web"), ...pids("worker")] };
  started.push(handle);
  const until = async (check: () => boolean, what: string) => {
    for (const end = Date.now() + 15_000; Date.now() < end; await sleep(20)) if (check()) return;
    throw new Error(`timed out waiting for ${what}:\n${output}`);
  };
  return { ...handle, exit, output: () => output, pids, until };
}

describe("supervise", { timeout: 20_000 }, () => {
  it("starts a killed process again, alone, and stops everything on SIGTERM", async () => {
    const app = run([steady("web"), steady("worker")]);
    await app.until(() => app.pids("web").length === 1 && app.pids("worker").length === 1, "both to start");
    const [web] = app.pids("web");
    const [worker] = app.pids("worker");

    // Killed from outside, even as it has just started: it did not fail on its own.
    process.kill(worker!, "SIGKILL");
    await app.until(() => app.pids("worker").length === 2, "the worker to start again");
    expect(app.output()).toContain("worker stopped (SIGKILL); starting it again in 0.1 s");
    expect(app.pids("web")).toEqual([web]);
    expect(alive(web!)).toBe(true);

    app.kill("SIGTERM");
    expect(await app.exit).toBe(0);
    expect(app.output()).toContain("cleaned up");
    expect(app.allPids().filter(alive)).toEqual([]);
  });

  it("stops everything, with its exit code, when a process fails as it starts", async () => {
    const app = run([steady("web"), { name: "worker", script: "process.exit(3)" }]);

    expect(await app.exit).toBe(3);
    expect(app.output()).toContain("worker stopped (exit 3) as it started; stopping the rest");
    expect(app.output()).not.toContain("starting it again");
    expect(app.output()).toContain("cleaned up");
    expect(app.allPids().filter(alive)).toEqual([]);
  });

  it("gives up when the restarts keep failing as they start, waiting longer each time", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "supervise-"));
    const marker = JSON.stringify(path.join(dir, "ran"));
    // Runs well past startup once, then fails at once on every restart.
    const crashing = `const fs = require("node:fs"); if (fs.existsSync(${marker})) process.exit(4); fs.writeFileSync(${marker}, ""); setTimeout(() => process.exit(4), 1_500);`;
    try {
      const app = run([steady("web"), { name: "worker", script: crashing }]);

      expect(await app.exit).toBe(4);
      const waits = [...app.output().matchAll(/worker stopped \(exit 4\); starting it again in ([\d.]+) s/g)].map((match) => Number(match[1]));
      expect(waits).toEqual([0.1, 0.2, 0.4]);
      expect(app.output()).toContain("worker stopped (exit 4) after 3 restarts in a row; stopping the rest");
      expect(app.allPids().filter(alive)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
