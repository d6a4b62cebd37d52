/**
 * Test layers, as in Medusa's own packages (TEST_TYPE selects one):
 *   unit         pure code                      src/**\/__tests__/**\/*.unit.spec.ts
 *   modules      the privacy module on Postgres  src/modules/*\/__tests__/**\/*.spec.ts
 *   http         the built plugin in a host app  integration-tests/http/**\/*.spec.ts
 * Run through `npm test`, which builds the plugin and provides PostgreSQL.
 */
const layers = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.ts"],
  modules: ["<rootDir>/src/modules/*/__tests__/**/*.module.spec.ts"],
  http: ["<rootDir>/integration-tests/http/**/*.spec.ts"],
}

const selected = process.env.TEST_TYPE ? layers[process.env.TEST_TYPE] : Object.values(layers).flat()
if (!selected) {
  throw new Error(`Unknown TEST_TYPE "${process.env.TEST_TYPE}", expected one of: ${Object.keys(layers).join(", ")}`)
}

module.exports = {
  testMatch: selected,
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
  testTimeout: 120000,
}
