#!/usr/bin/env node
/**
 * `npm run demo`: a Medusa store with the plugin and its dashboard widgets.
 * Builds the plugin, uses DATABASE_URL (or DB_*) when set and otherwise an
 * embedded PostgreSQL whose data stays in .demo-data/, migrates, seeds a small
 * store once, makes sure a staff user exists, and starts Medusa with the
 * dashboard at http://localhost:9000/app, and a sample shop page with the
 * cookie banner at http://localhost:8000. Ctrl-C stops Medusa and PostgreSQL.
 */
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { newDemoSecrets, newStaffLogins, startDemoServer } from "./lib/demo-server.mjs"
import { projectRoot } from "./lib/host-app.mjs"

const demoDir = path.join(projectRoot, ".demo-data")
const port = process.env.PORT ?? "9000"
mkdirSync(demoDir, { recursive: true })

const secrets = loadSecrets()

let server
let stopping = false
async function shutdown(code) {
  if (stopping) {
    return
  }
  stopping = true
  console.log("Stopping Medusa and PostgreSQL…")
  await server?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  server = await startDemoServer({
    databaseName: "medusa_privacy_demo",
    port,
    storefrontPort: process.env.STOREFRONT_PORT ?? "8000",
    secrets,
    pgDataDir: path.join(demoDir, "postgres"),
  })
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
printBanner(server)
server.process.on("exit", (code) => shutdown(code ?? 0))

function printBanner({ publishableKey, storefrontUrl }) {
  const line = "─".repeat(64)
  console.log(`\n${line}`)
  console.log(`  Dashboard:        http://localhost:${port}/app`)
  console.log(`  Sample storefront: ${storefrontUrl} (the cookie banner; ?lang=fi|sv|en)`)
  console.log(`  Privacy officer:  ${secrets.adminEmail} / ${secrets.adminPassword}`)
  console.log(`  Privacy agent:    ${secrets.agentEmail} / ${secrets.agentPassword}`)
  console.log(`  No privacy role:  ${secrets.clerkEmail} / ${secrets.clerkPassword}`)
  console.log(`  (officers grant and revoke roles under Settings → Privacy staff)`)
  console.log(`  Publishable key:  ${publishableKey ?? "(none found)"}`)
  console.log(`  Open Customers and pick one to see the privacy profile widget.`)
  console.log(`  Storefront API:   http://localhost:${port}/store (shipping "Posten", payment pp_system_default)`)
  console.log(`  Ctrl-C stops Medusa and PostgreSQL; the next run reuses the data.`)
  console.log(`${line}\n`)
}

/** Secrets and the staff password are made on the first run and kept (git-ignored) for the next. */
function loadSecrets() {
  const file = path.join(demoDir, "secrets.json")
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, "utf8"))
    // Data from before the consent ledger existed gets its secret now, once.
    // And data from before the privacy roles gets its agent and role-less logins.
    const missing = {
      ...(kept.linkSecret ? {} : { linkSecret: randomBytes(32).toString("hex") }),
      ...(kept.agentEmail ? {} : newStaffLogins()),
    }
    if (Object.keys(missing).length) {
      Object.assign(kept, missing)
      writeFileSync(file, JSON.stringify(kept, null, 2), { mode: 0o600 })
    }
    return kept
  }
  const created = newDemoSecrets()
  writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 })
  return created
}
