/**
 * Test layers, as in Medusa's own packages (TEST_TYPE selects one):
 *   unit         pure code                      src/**\/__tests__/**\/*.unit.spec.ts
 *   modules      the privacy module on Postgres  src/modules/*\/__tests__/**\/*.spec.ts
 *   http         the built plugin in a host app  integration-tests/http/**\/*.spec.ts
 *   browser      the demo store in Chromium      integration-tests/browser/*.spec.ts
 * Run through `npm test`, which builds the plugin, provides PostgreSQL and
 * leaves the browser layer out (saying so) when no Chromium is installed.
 * The browser layer starts one demo store for all its specs (global setup),
 * and only when one of its specs runs.
 */
const layers = {
  unit: { testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.ts"] },
  modules: { testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.module.spec.ts"] },
  http: { testMatch: ["<rootDir>/integration-tests/http/**/*.spec.ts"] },
  browser: {
    testMatch: ["<rootDir>/integration-tests/browser/*.spec.ts"],
    globalSetup: "<rootDir>/integration-tests/browser/global-setup.mjs",
    globalTeardown: "<rootDir>/integration-tests/browser/global-teardown.mjs",
  },
}

const wanted = process.env.TEST_TYPE
  ? [process.env.TEST_TYPE]
  : Object.keys(layers).filter((name) => name !== "browser" || process.env.PRIVACY_SKIP_BROWSER !== "true")
for (const name of wanted) {
  if (!layers[name]) {
    throw new Error(`Unknown TEST_TYPE "${name}", expected one of: ${Object.keys(layers).join(", ")}`)
  }
}

const shared = {
  rootDir: __dirname,
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/integration-tests/host-app/.medusa/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}

module.exports = {
  projects: wanted.map((name) => ({ ...shared, ...layers[name], displayName: name })),
  testTimeout: 120000,
}
