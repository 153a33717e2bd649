import "server-only";
import { verify } from "@node-rs/argon2";
import { ARGON2_OPTIONS } from "./hash-password";

// A real hash of a random password: checking against it when the account does
// not exist takes as long as a real check, so timing reveals nothing.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$RLoi2gfETJQmCXbRBK7Bvw$jNeLsQkr93JvPl16FUUhltQWIppDduzl9dgU14cYhhw";

/** True when `password` matches `passwordHash`; a null hash never matches but costs the same. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password, ARGON2_OPTIONS);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
