import { createPrivateKey } from "node:crypto";
import type DKIM from "nodemailer/lib/dkim";
import type { ServerEnv } from "@/lib/env/schema";

/**
 * nodemailer's default list of signed header fields (RFC 6376 5.4.1), plus
 * List-Unsubscribe-Post: RFC 8058 wants both unsubscribe headers under the
 * signature, or mailbox providers do not offer the one-click button.
 * Fields a message does not have are left out of the signature.
 */
const SIGNED_FIELDS = [
  "From", "Sender", "Reply-To", "Subject", "Date", "Message-ID", "To", "Cc", "MIME-Version", "Content-Type",
  "Content-Transfer-Encoding", "Content-ID", "Content-Description", "Resent-Date", "Resent-From", "Resent-Sender",
  "Resent-To", "Resent-Cc", "Resent-Message-ID", "In-Reply-To", "References", "List-Id", "List-Help",
  "List-Unsubscribe", "List-Unsubscribe-Post", "List-Subscribe", "List-Post", "List-Owner", "List-Archive",
].join(":");

/** nodemailer's `dkim` option when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY are set (the schema allows all or none). */
export function dkimSigning(env: Pick<ServerEnv, "DKIM_DOMAIN" | "DKIM_SELECTOR" | "DKIM_PRIVATE_KEY">): DKIM.SingleKeyOptions | undefined {
  if (!env.DKIM_DOMAIN || !env.DKIM_SELECTOR || !env.DKIM_PRIVATE_KEY) return undefined;
  return {
    domainName: env.DKIM_DOMAIN,
    keySelector: env.DKIM_SELECTOR,
    // Parsed once: given the PEM text, every signature would parse it again, which costs
    // more than the RSA signature itself. nodemailer hands the key to crypto's sign() as is.
    privateKey: createPrivateKey(env.DKIM_PRIVATE_KEY) as unknown as string,
    headerFieldNames: SIGNED_FIELDS,
  };
}
