import "server-only";
import { verify } from "@node-rs/argon2";
import { ARGON2_OPTIONS, normalizePassword } from "./hash-password";

// A real hash of a random password: checking against it when the account does
// not exist takes as long as a real check, so timing reveals nothing.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$RLoi2gfETJQmCXbRBK7Bvw$jNeLsQkr93JvPl16FUUhltQWIppDduzl9dgU14cYhhw";

async function matches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password, ARGON2_OPTIONS);
  } catch {
    return false;
  }
}

/** True when `password` matches `passwordHash`; a null hash never matches but costs the same. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const normalized = normalizePassword(password);
  const ok = await matches(passwordHash ?? DUMMY_HASH, normalized);
  if (passwordHash === null) return false;
  if (ok) return true;
  // Hashes made before passwords were normalised hold the form that was typed then.
  return normalized !== password && (await matches(passwordHash, password));
}
