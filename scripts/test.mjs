#!/usr/bin/env node
/**
 * `npm test`: builds the plugin (the HTTP tests load the built package, as a
 * merchant's app does), provides PostgreSQL (DB_* from the environment, or an
 * embedded server for this run) and runs jest. Extra arguments go to jest,
 * e.g. `npm test -- integration-tests/http/privacy-profile.spec.ts`.
 * PRIVACY_SKIP_BUILD=true reuses the last build (the storefront module is
 * built when missing).
 * The browser layer needs Chromium: without one it is skipped with one line
 * saying so, and under CI=true that is a failure.
 */
import { randomBytes } from "node:crypto"
import { existsSync, rmSync } from "node:fs"
import path from "node:path"
import { buildStorefront, storefrontBundle } from "./build-storefront.mjs"
import { findChromium } from "./lib/chromium.mjs"
import { linkPluginIntoHostApp, medusaBin, projectRoot } from "./lib/host-app.mjs"
import { startPostgres, tempDataDir } from "./lib/postgres.mjs"
import { run } from "./lib/run.mjs"

const jestArgs = process.argv.slice(2)

const wantsBrowser = !process.env.TEST_TYPE || process.env.TEST_TYPE === "browser"
const chromium = findChromium()
let skipBrowser = false
if (wantsBrowser && !chromium.path) {
  const reason = `no Chromium at ${chromium.lookedAt.join(", ")} (install it, e.g. \`apt-get install chromium\`, or set CHROMIUM_PATH)`
  if (process.env.CI === "true") {
    console.error(`The browser specs cannot run: ${reason}`)
    process.exit(1)
  }
  console.log(`Skipping the browser specs: ${reason}`)
  if (process.env.TEST_TYPE === "browser") {
    process.exit(0)
  }
  skipBrowser = true
}

if (process.env.PRIVACY_SKIP_BUILD !== "true") {
  await run(process.execPath, [medusaBin, "plugin:build"], { cwd: projectRoot })
}
// The banner's module is quick to build and the browser specs serve it; a missing one is built even when skipping.
if (process.env.PRIVACY_SKIP_BUILD !== "true" || !existsSync(storefrontBundle)) {
  await buildStorefront()
}
linkPluginIntoHostApp()

const dataDir = tempDataDir("medusa-plugin-privacy-test-pg")
const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true })
let postgres
try {
  postgres = await startPostgres({ dataDir, persistent: false })
} catch (error) {
  removeDataDir()
  console.error(`Could not start PostgreSQL: ${error.message ?? error}`)
  process.exit(1)
}
if (postgres.embedded) {
  console.log(`Using an embedded PostgreSQL on port ${postgres.env.DB_PORT} for this run`)
}

let exitCode = 0
const stop = async () => {
  await postgres.stop()
  removeDataDir()
}
process.on("SIGINT", () => stop().finally(() => process.exit(130)))
process.on("SIGTERM", () => stop().finally(() => process.exit(143)))

try {
  await run(
    process.execPath,
    // On two cores Jest runs every suite in its main process, one after the other (in band), and each Medusa boot
    // leaves some of its modules behind: about 60 suites outgrew Node's default 4 GB heap (CI has 24 GiB).
    ["--max-old-space-size=12288", path.join(projectRoot, "node_modules", "jest", "bin", "jest.js"), ...jestArgs],
    {
      cwd: projectRoot,
      env: {
        ...postgres.env,
        NODE_ENV: "test",
        PRIVACY_LINK_SECRET: process.env.PRIVACY_LINK_SECRET ?? randomBytes(32).toString("hex"),
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
        PRIVACY_SKIP_BROWSER: String(skipBrowser),
        NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
      },
    }
  )
} catch (error) {
  console.error(error.message)
  exitCode = 1
} finally {
  await stop()
}
process.exit(exitCode)
