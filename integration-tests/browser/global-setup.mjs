import { createWriteStream, mkdirSync, rmSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { CHROMIUM_ARGS, findChromium } from "../../scripts/lib/chromium.mjs"
import { newDemoSecrets, startDemoServer } from "../../scripts/lib/demo-server.mjs"
import { freePort, tempDataDir } from "../../scripts/lib/postgres.mjs"
import { warmUpDashboard } from "./warm-up.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
export const artifactsDir = path.join(here, ".artifacts")

/**
 * Starts one demo store for the whole browser layer, exactly as `npm run demo`
 * does (develop mode, watcher and dashboard on), on a database and port of its
 * own, and hands its address and logins to the specs through the environment.
 */
export default async function globalSetup() {
  const chromium = findChromium()
  if (!chromium.path) {
    throw new Error(`The browser specs need Chromium; none at ${chromium.lookedAt.join(", ")} (set CHROMIUM_PATH)`)
  }
  // Screenshots of an earlier run's failures would pass for this run's.
  rmSync(artifactsDir, { recursive: true, force: true })
  mkdirSync(artifactsDir, { recursive: true })
  const serverLog = createWriteStream(path.join(artifactsDir, "demo-server.log"))
  const port = process.env.PRIVACY_BROWSER_PORT ?? String(await freePort())
  const secrets = newDemoSecrets()
  const started = Date.now()
  const server = await startDemoServer({
    databaseName: `medusa_privacy_browser_${process.pid}`,
    port,
    storefrontPort: String(await freePort()),
    secrets,
    pgDataDir: tempDataDir("medusa-plugin-privacy-browser-pg"),
    fresh: true,
    // `npm test` has just built the plugin.
    build: false,
    onOutput: (chunk) => serverLog.write(chunk),
    log: (line) => serverLog.write(`${line}\n`),
  })
  globalThis.__PRIVACY_DEMO__ = { server, serverLog }
  Object.assign(process.env, {
    PRIVACY_BROWSER_URL: server.url,
    PRIVACY_BROWSER_STOREFRONT_URL: server.storefrontUrl,
    PRIVACY_BROWSER_PUBLISHABLE_KEY: server.publishableKey ?? "",
    PRIVACY_BROWSER_ADMIN_EMAIL: secrets.adminEmail,
    PRIVACY_BROWSER_ADMIN_PASSWORD: secrets.adminPassword,
    PRIVACY_BROWSER_AGENT_EMAIL: secrets.agentEmail,
    PRIVACY_BROWSER_AGENT_PASSWORD: secrets.agentPassword,
    PRIVACY_BROWSER_CLERK_EMAIL: secrets.clerkEmail,
    PRIVACY_BROWSER_CLERK_PASSWORD: secrets.clerkPassword,
    PRIVACY_BROWSER_CHROMIUM: chromium.path,
    PRIVACY_BROWSER_CHROMIUM_ARGS: JSON.stringify(CHROMIUM_ARGS),
    PRIVACY_BROWSER_ARTIFACTS: artifactsDir,
  })
  // The dev server compiles the dashboard on first request; do it once here, not in every spec.
  try {
    await warmUpDashboard({
      url: server.url,
      chromiumPath: chromium.path,
      ...secrets,
      customerEmail: "kari.nordmann@example.com",
      screenshotPath: path.join(artifactsDir, "warm-up.png"),
    })
  } catch (error) {
    // Jest skips the teardown when the setup fails.
    await server.stop()
    throw error
  }
  console.log(`\nDemo store for the browser specs ready on ${server.url} in ${Math.round((Date.now() - started) / 1000)} s`)
}
