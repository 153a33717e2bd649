// `npm run bench:uploads`: the production server (`npm run build` first) under
// the upload attack from the hardening report, then under ordinary large
// photos, sampling the web process's memory (RSS, with any child processes)
// and timing /sign-in meanwhile; then idle, to see memory given back. Prints
// figures; asserts nothing.
import { setTimeout as sleep } from "node:timers/promises";
import sharp from "sharp";
import { junkPaddedPdf } from "@/test/support/active-pdfs";
import { startTestDatabase } from "@/test/support/test-database";
import { seedUploaders, startAppServer, treeRssMb } from "./lib/app-server";

const database = await startTestDatabase("simcase_bench_uploads");
const server = await startAppServer(database.url);
const pid = server.child.pid!;
const users = await seedUploaders(database.url, 6);

const mb = (value: number) => `${value.toFixed(0)} MB`;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

async function upload(user: (typeof users)[number], bytes: Buffer, fileName: string) {
  const started = performance.now();
  const response = await fetch(`${server.origin}/api/cases/${user.caseId}/receipts`, {
    method: "POST",
    headers: { cookie: user.cookie, origin: server.origin, "x-file-name": fileName, "content-type": "application/octet-stream" },
    body: new Uint8Array(bytes),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** Runs `load` while sampling RSS every 100 ms and timing /sign-in every 250 ms. */
async function measure(name: string, load: () => Promise<{ status: number; ms: number }[]>) {
  let running = true;
  let peak = 0;
  const signIns: number[] = [];
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await treeRssMb(pid));
      await sleep(100);
    }
  })();
  const prober = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${server.origin}/sign-in`).then((response) => response.arrayBuffer());
      signIns.push(performance.now() - started);
      await sleep(250);
    }
  })();
  const answers = await load();
  running = false;
  await Promise.all([sampler, prober]);
  const counts = new Map<number, number>();
  for (const answer of answers) counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
  const statuses = [...counts].map(([status, count]) => `${count}×${status}`).join(", ");
  console.log(`${name}:`);
  console.log(`  answers: ${statuses}; slowest ${(Math.max(...answers.map((answer) => answer.ms)) / 1000).toFixed(1)} s`);
  console.log(`  /sign-in during load: ${signIns.length} requests, p50 ${percentile(signIns, 0.5).toFixed(0)} ms, p95 ${percentile(signIns, 0.95).toFixed(0)} ms, max ${Math.max(...signIns).toFixed(0)} ms`);
  console.log(`  web process RSS peak: ${mb(peak)}`);
}

try {
  for (let warm = 0; warm < 5; warm += 1) await fetch(`${server.origin}/sign-in`).then((response) => response.arrayBuffer());
  console.log(`web process RSS at rest: ${mb(await treeRssMb(pid))}`);

  const junk = await junkPaddedPdf();
  await measure("20 junk-padded 10 MB PDFs at once (4 users)", () =>
    Promise.all(Array.from({ length: 20 }, (_, index) => upload(users[index % 4]!, junk, `statement-${index}.pdf`))),
  );

  // Photos of about 8 MB, as in the report (11 uploads of 8.4 MB), each user uploading one after another.
  const noise = Buffer.alloc(3600 * 2700 * 3);
  for (let index = 0; index < noise.length; index += 1) noise[index] = (index * 7919 + (index >>> 7)) % 251;
  const photo = await sharp(noise, { raw: { width: 3600, height: 2700, channels: 3 } }).jpeg({ quality: 97 }).toBuffer();
  console.log(`photo: ${(photo.length / 1024 / 1024).toFixed(1)} MB, 3600×2700`);
  await measure("11 photos, 6 users uploading one after another", async () => {
    const answers: { status: number; ms: number }[] = [];
    await Promise.all(
      users.map(async (user, index) => {
        for (let round = index; round < 11; round += users.length) answers.push(await upload(user, photo, `IMG_${round}.jpg`));
      }),
    );
    return answers;
  });

  let waited = 0;
  for (const seconds of [2, 10, 20, 40, 60]) {
    await sleep((seconds - waited) * 1000);
    waited = seconds;
    console.log(`web process RSS ${seconds} s after the load: ${mb(await treeRssMb(pid))}`);
  }
} finally {
  await server.stop();
  await database.stop();
}
