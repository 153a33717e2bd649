import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { haproxyConfig } from "./haproxy-config";

const HAPROXY = "/usr/sbin/haproxy";

describe("haproxyConfig", () => {
  it("checks every server and keeps each one unchecked as a backup, all used when every checked one is out", () => {
    const config = haproxyConfig({ listen: ":3000", servers: [{ name: "web1", address: "127.0.0.1:3101" }] });
    expect(config).toContain("server web1 127.0.0.1:3101 check inter 2s fall 3 rise 2");
    expect(config).toMatch(/server web1-open 127\.0\.0\.1:3101 backup\n/);
    expect(config).toContain("option allbackups");
    // Longer than the app's own database probe (5 s), so the app's answer decides.
    expect(Number(/timeout check (\d+)s/.exec(config)?.[1])).toBeGreaterThan(5);
  });

  it.runIf(existsSync(HAPROXY))(
    "sends a GET that a server dropped unanswered to the other server, and never a POST",
    async () => {
      const servers = await Promise.all(["web1", "web2"].map(startServer));
      const proxy = await startProxy(servers);
      const port = proxy.port;
      try {
        servers[0]!.dropping = true;
        // Round-robin takes turns: some of these go to web1 first.
        for (let i = 0; i < 4; i++) {
          const response = await fetch(`http://127.0.0.1:${port}/cases`);
          expect(`${response.status} ${await response.text()}`).toBe("200 GET web2");
        }
        expect(servers[0]!.dropped).toContain("GET");

        // A dropped POST is answered 502, or on a kept-alive connection the proxy closes it
        // unanswered (a browser then asks the user): either way it reached one server only.
        for (let i = 0; i < 4; i++) await fetch(`http://127.0.0.1:${port}/cases`, { method: "POST", body: "x" }).catch(() => undefined);
        const posts = (list: string[]) => list.filter((method) => method === "POST").length;
        expect(posts(servers[0]!.dropped)).toBeGreaterThan(0);
        expect(posts(servers[0]!.dropped) + posts(servers[1]!.served)).toBe(4);
      } finally {
        await proxy.stop();
        await Promise.all(servers.map((s) => s.close()));
      }
    },
    40_000,
  );

  // Debian's HAProxy, as `npm run cluster` and CI run it; skipped where it is not installed.
  it.runIf(existsSync(HAPROXY))(
    "takes a server that is not ready out of rotation, and with none ready still lets the servers answer",
    async () => {
      const servers = await Promise.all(["web1", "web2"].map(startServer));
      const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-haproxy-"));
      const port = await freePort();
      const file = path.join(dir, "haproxy.cfg");
      await writeFile(file, haproxyConfig({ listen: `127.0.0.1:${port}`, servers: servers.map((s) => ({ name: s.name, address: s.address })) }));
      const proxy = spawn(HAPROXY, ["-db", "-f", file], { stdio: ["ignore", "ignore", "pipe"] });
      let log = "";
      proxy.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
      const waitForLog = async (text: string) => {
        for (let i = 0; i < 100 && !log.includes(text); i++) await sleep(200);
        expect(log).toContain(text);
      };
      const servedBy = async (count: number) => {
        const answers: string[] = [];
        for (let i = 0; i < count; i++) {
          const response = await fetch(`http://127.0.0.1:${port}/sign-in`);
          answers.push(`${response.status} ${await response.text()}`);
        }
        return answers;
      };
      try {
        await waitForProxy(port);
        expect(new Set(await servedBy(4))).toEqual(new Set(["200 GET web1", "200 GET web2"]));

        servers[0]!.ready = false;
        await waitForLog("Server app/web1 is DOWN");
        expect(new Set(await servedBy(4))).toEqual(new Set(["200 GET web2"]));

        // Every checked server out (a database outage, say): the servers' own pages, not the proxy's bare 503.
        servers[1]!.ready = false;
        await waitForLog("Running on backup");
        expect(new Set(await servedBy(4))).toEqual(new Set(["200 GET web1", "200 GET web2"]));
      } finally {
        proxy.kill("SIGKILL");
        await Promise.all(servers.map((s) => s.close()));
        await rm(dir, { recursive: true, force: true });
      }
    },
    40_000,
  );
});

async function startServer(name: string) {
  const state = { name, ready: true, dropping: false, dropped: [] as string[], served: [] as string[], address: "", close: () => Promise.resolve() };
  const server = http.createServer((request, response) => {
    if (request.url === "/readyz") response.writeHead(state.ready ? 200 : 503).end();
    // As a server killed while it reads a request: the connection closes with no answer.
    else if (state.dropping) request.socket.destroy(void state.dropped.push(request.method!));
    else response.writeHead(200).end(`${request.method} ${name}`, () => state.served.push(request.method!));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

async function startProxy(servers: { name: string; address: string }[]) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-haproxy-"));
  const port = await freePort();
  const file = path.join(dir, "haproxy.cfg");
  await writeFile(file, haproxyConfig({ listen: `127.0.0.1:${port}`, servers: servers.map((s) => ({ name: s.name, address: s.address })) }));
  const proxy = spawn(HAPROXY, ["-db", "-f", file], { stdio: ["ignore", "ignore", "ignore"] });
  await waitForProxy(port);
  return {
    port,
    async stop() {
      proxy.kill("SIGKILL");
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForProxy(port: number) {
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then(() => true, () => false)) return;
    await sleep(100);
  }
  throw new Error("HAProxy never listened");
}
