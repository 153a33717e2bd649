import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { UserError } from "@/lib/http/user-error";

/**
 * zxcvbn's score: 0-1 fall to an online guessing attack within hours
 * ("password", "12345678", the address itself); 2 and up take far longer.
 * Length alone is no defence, so a score, not only a minimum length.
 */
const MIN_SCORE = 2;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries are a few megabytes, loaded only on the server. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/** Refuses a password found in common-password lists, or built from the account's own address or name. */
export function checkPasswordStrength(password: string, account: { email?: string | null; name?: string | null }, field = "password"): void {
  const email = account.email ?? "";
  const inputs = [email, email.split("@")[0] ?? "", account.name ?? "", "simcase"].filter((input) => input.length > 0);
  const { score } = strengthEstimator().check(password.normalize("NFC"), inputs);
  if (score < MIN_SCORE) throw new UserError("auth.passwordWeak", { field: field });
}
