import { readFileSync } from "node:fs";

export type ServerAction = { id: string; name: string; page: string };

/** Every server action of the build the tests run against, from its manifest, with a page that has it. */
export function builtActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    // "app/cases/[id]/page" is posted to as /cases/[id].
    const worker = Object.keys(entry.workers).find((name) => !name.includes("_not-found")) ?? "app/page";
    return { id, name: entry.exportedName, page: worker.replace(/^app/, "").replace(/\/page$/, "") || "/" };
  });
}
