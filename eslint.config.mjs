import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";


// The layers of lib/ (../shared/design/layers.md, docs/decisions/012-layers.md):
// a folder imports only its own row and the rows below it; inside the domain
// row the arrows point one way. Tests may import anything.
const ROWS = {
  ground: ["env", "time", "http", "log"],
  services: ["db", "mail", "jobs", "i18n"],
  domain: ["auth", "cases", "reminders", "receipts", "calendar", "account", "telegram"],
  workflows: ["workflows"],
};
const ALL_AREAS = Object.values(ROWS).flat();
/** What each domain area may import from its own row. */
const DOMAIN_ARROWS = {
  auth: [],
  cases: [],
  reminders: ["cases"],
  receipts: ["cases"],
  calendar: ["cases", "reminders"],
  account: ["auth", "cases", "reminders", "receipts", "calendar"],
  telegram: ["auth", "cases", "reminders"],
};
function allowedFor(area) {
  if (ROWS.ground.includes(area)) return ROWS.ground;
  if (ROWS.services.includes(area)) return [...ROWS.ground, ...ROWS.services];
  if (ROWS.domain.includes(area)) return [...ROWS.ground, ...ROWS.services, area, ...DOMAIN_ARROWS[area]];
  return ALL_AREAS;
}
// Imports that still point upwards, each to be moved where both sides are visible.
/** @type {string[]} */
const PENDING_MOVES = [];
const layerRules = ALL_AREAS.map((area) => {
  const forbidden = ALL_AREAS.filter((other) => !allowedFor(area).includes(other));
  return {
    files: [`lib/${area}/**/*.{ts,tsx}`],
    ignores: ["**/*.test.ts", "**/*.test.tsx", ...PENDING_MOVES],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "@/components/*", "@/i18n/*", "@/edge/*"], message: "lib/ never imports app/, components/, edge/ or the request config." },
            ...(forbidden.length > 0
              ? [{ group: forbidden.flatMap((other) => [`@/lib/${other}/*`, `../${other}/*`]), message: `lib/${area} sits below these areas: move the code to the row where both are visible (layers.md).` }]
              : []),
          ],
        },
      ],
    },
  };
});

// components/ holds what two or more routes share; a route's own component
// lives beside it (app/<route>/_components/) or gets its action as a prop.
const componentRule = {
  files: ["components/**/*.{ts,tsx}"],
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/app/*", "@/app", "**/app/*", "@/edge/*"],
            message: "components/ never imports app/ or edge/: move the component beside its route, or take the action as a prop (layers.md).",
          },
        ],
      },
    ],
  },
};

// Dates are formatted through our wrappers, which write English dates day first
// and a Chinese weekday apart from its date (lib/i18n/date-formatter.ts);
// next-intl's own formatters would bring back "Thu, Dec 3" beside "Thu 3 Dec",
// and "12月2日周三" beside "12月2日（周三）". Its own rule name, so the
// no-restricted-imports of the layers below does not replace it.
const FORMATTER_WRAPPERS = ["i18n/get-formatter.ts", "i18n/use-formatter.ts", "lib/i18n/translator.ts"];
const formatterMessage = (wrapper) => `Format dates with ${wrapper}: it writes English dates day first and a Chinese weekday apart from its date.`;
const formatterRule = {
  files: ["**/*.{ts,tsx}"],
  ignores: FORMATTER_WRAPPERS,
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "next-intl/server", importNames: ["getFormatter"], message: formatterMessage("getFormatter from @/i18n/get-formatter"), allowTypeImports: true },
          { name: "next-intl", importNames: ["useFormatter", "createFormatter"], message: formatterMessage("useFormatter from @/i18n/use-formatter"), allowTypeImports: true },
          { name: "use-intl", importNames: ["useFormatter", "createFormatter"], message: formatterMessage("useFormatter from @/i18n/use-formatter"), allowTypeImports: true },
          { name: "use-intl/core", importNames: ["createFormatter"], message: formatterMessage("getIntlFormatter from @/lib/i18n/translator"), allowTypeImports: true },
          // Every page is dynamic: a prefetch costs requests and brings no page (components/ui/link.tsx).
          { name: "next/link", message: "Use Link from @/components/ui/link: it does not prefetch.", allowTypeImports: true },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/only-throw-error": ["error", { allow: [{ from: "package", package: "next", name: "redirect" }] }],
    },
  },
  {
    // Playwright fixtures call a parameter named `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly", console: "readonly" },
    },
  },
  ...layerRules,
  componentRule,
  formatterRule,
);
