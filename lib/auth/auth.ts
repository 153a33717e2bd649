import "server-only";
import { randomBytes } from "node:crypto";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import { encode as encodeJwt } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { serverEnv } from "@/lib/env/server-env";
import { clientIp } from "@/lib/http/client-ip";
import { authenticateUser } from "./authenticate-user";
import { getSessionAndUser } from "./get-session-and-user";
import { isKnownDevice, KNOWN_DEVICE_COOKIE, readCookie } from "./known-device";
import { toLocale } from "@/lib/i18n/locales";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";
import { signInSchema } from "./schemas";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-ages";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("auth");

export { SESSION_COOKIE_NAMES } from "./session-cookie-name";

const REQUEST_FAULTS = new Set<string>(["MissingCSRF", "InvalidCallbackUrl", "UnknownAction", "InvalidProvider", "InvalidCheck", "UntrustedHost"]);

class InvalidLogin extends CredentialsSignin {
  override code = "invalid";
}

class ThrottledLogin extends CredentialsSignin {
  constructor(retryAfterMinutes: number) {
    super();
    this.code = `throttled:${retryAfterMinutes}`;
  }
}

/**
 * Sessions are rows in the Session table, so signing out (or resetting the
 * password) revokes them for good. Auth.js only issues such sessions for OAuth
 * and email sign-in; for passwords we create the row ourselves where Auth.js
 * would encode a JWT. See docs/decisions/003-database-sessions.md.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const adapter = { ...PrismaAdapter(db()), getSessionAndUser };
  return {
    adapter,
    // Leaving `strategy` unset with an adapter means "database"; spelling it out
    // makes Auth.js refuse the Credentials provider.
    session: { maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    secret: serverEnv().AUTH_SECRET,
    // The host is pinned by APP_URL, and every state-changing route checks Origin.
    trustHost: true,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      error(error) {
        // A refused password is an answer to the user, not a server fault.
        if (error instanceof CredentialsSignin) return;
        // A forged or stale request (no CSRF token, a bad callback URL...): its sender's mistake, not ours.
        const type = (error as { type?: unknown }).type;
        if (typeof type === "string" && REQUEST_FAULTS.has(type)) {
          log.warn({ authError: type }, "Auth.js refused a request");
          return;
        }
        // The database being away is answered with a 503 page (see current-user.ts); one line is enough here.
        if (isDatabaseUnavailable((error.cause as { err?: unknown } | undefined)?.err)) {
          log.warn("session not read, the database is unavailable");
          return;
        }
        log.error({ err: error }, "Auth.js error");
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidLogin();
          const knownDevice = isKnownDevice(readCookie(request.headers.get("cookie"), KNOWN_DEVICE_COOKIE), parsed.data.email);
          const result = await authenticateUser({ ...parsed.data, ip: clientIp(request.headers), knownDevice });
          if (result.ok) return result.user;
          throw result.reason === "throttled" ? new ThrottledLogin(result.retryAfterMinutes) : new InvalidLogin();
        },
      }),
    ],
    callbacks: {
      jwt({ token, account }) {
        if (account?.provider === "credentials") token.credentials = true;
        return token;
      },
      session({ session, user }) {
        // The adapter hands over the whole User row; pages need these on every request.
        const row = user as typeof user & { locale?: string; timeZone?: string; emailRefusedAt?: Date | null };
        session.user.id = user.id;
        session.user.locale = toLocale(row.locale);
        session.user.timeZone = row.timeZone ?? DEFAULT_TIME_ZONE;
        session.user.emailRefused = Boolean(row.emailRefusedAt);
        return session;
      },
    },
    jwt: {
      async encode(params) {
        if (params.token?.credentials && params.token.sub) {
          const sessionToken = randomBytes(32).toString("base64url");
          await adapter.createSession!({
            sessionToken,
            userId: params.token.sub,
            expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
          });
          return sessionToken;
        }
        return encodeJwt(params);
      },
    },
  };
});
