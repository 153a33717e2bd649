import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // Messages are compiled to their ICU syntax tree at build time, so a request
  // formats them without parsing (see docs/decisions/008-languages.md). The
  // worker and scripts run outside this build and format the JSON as written.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

// Headers that never vary per request. The Content-Security-Policy carries a
// per-request nonce and is set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const TEST_BUILD = process.env.SIMCASE_TEST_BUILD === "1";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  // `npm test`'s build (SIMCASE_TEST_BUILD=1) skips two things that cost the
  // suite about 30 s and give it nothing: the type check, which test:static
  // ran on the same tree a step before, and Turbopack's build cache, which
  // pays off only on a later build of the same tree (CI builds once per fresh
  // clone). Every other build, `npm start`'s included, does both (032).
  typescript: { ignoreBuildErrors: TEST_BUILD },
  experimental: { turbopackFileSystemCacheForBuild: !TEST_BUILD },
  // Native and server-side packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg-boss", "pg", "nodemailer", "mailparser", "sharp", "heic-convert", "pdf-lib", "@pdf-lib/fontkit", "regenerator-runtime", "@zxcvbn-ts/core", "@zxcvbn-ts/language-common", "@zxcvbn-ts/language-en"],
  headers: () => Promise.resolve([{ source: "/:path*", headers: securityHeaders }]),
};

export default withNextIntl(nextConfig);
