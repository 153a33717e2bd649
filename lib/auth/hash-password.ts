import "server-only";
import { hash } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane.
export const ARGON2_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id; the const enum cannot be imported under isolatedModules
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Keyboards differ in how they type "é" (one code point, or "e" and an
 * accent): NFC makes both the same password.
 */
export function normalizePassword(password: string): string {
  return password.normalize("NFC");
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), ARGON2_OPTIONS);
}
