#!/usr/bin/env node
/**
 * `npm run demo`: a Medusa store with the plugin and its dashboard widgets.
 * Builds the plugin, uses DATABASE_URL (or DB_*) when set and otherwise an
 * embedded PostgreSQL whose data stays in .demo-data/, migrates, seeds a small
 * store once, makes sure a staff user exists, and starts Medusa with the
 * dashboard at http://localhost:9000/app. Ctrl-C stops Medusa and PostgreSQL.
 */
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { hostAppDir, linkPluginIntoHostApp, medusaBin, projectRoot } from "./lib/host-app.mjs"
import { startPostgres } from "./lib/postgres.mjs"
import { run } from "./lib/run.mjs"

const demoDir = path.join(projectRoot, ".demo-data")
const databaseName = "medusa_privacy_demo"
const port = process.env.PORT ?? "9000"
mkdirSync(demoDir, { recursive: true })

const secrets = loadSecrets()

console.log("Building the plugin…")
await run(process.execPath, [medusaBin, "plugin:build"], { cwd: projectRoot })
linkPluginIntoHostApp()

console.log("Starting PostgreSQL…")
const postgres = await startPostgres({ dataDir: path.join(demoDir, "postgres"), persistent: true })
const databaseUrl = process.env.DATABASE_URL ?? postgres.url(databaseName)

const env = {
  DATABASE_URL: databaseUrl,
  JWT_SECRET: secrets.jwtSecret,
  COOKIE_SECRET: secrets.cookieSecret,
  DEMO_ADMIN_EMAIL: secrets.adminEmail,
  DEMO_ADMIN_PASSWORD: secrets.adminPassword,
  PRIVACY_LINK_SECRET: secrets.linkSecret,
  PRIVACY_PUBLIC_URL: `http://localhost:${port}`,
  PORT: port,
  NODE_ENV: "development",
  MEDUSA_DISABLE_TELEMETRY: "true",
}

let medusa
let stopping = false
async function shutdown(code) {
  if (stopping) {
    return
  }
  stopping = true
  if (medusa && medusa.exitCode === null) {
    // `medusa develop` runs the server in a child of its own: stop the whole group.
    const exited = new Promise((resolve) => medusa.once("exit", resolve))
    signalGroup(medusa.pid, "SIGINT")
    const forced = setTimeout(() => signalGroup(medusa.pid, "SIGKILL"), 15_000)
    await exited
    clearTimeout(forced)
    signalGroup(medusa.pid, "SIGKILL")
  }
  console.log("Stopping PostgreSQL…")
  await postgres.stop().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  if (!process.env.DATABASE_URL) {
    await createDatabaseIfMissing(postgres.url("postgres"), databaseName)
  }
  console.log("Migrating the database…")
  await run(process.execPath, [medusaBin, "db:migrate", "--execute-safe-links"], { cwd: hostAppDir, env })
  console.log("Seeding the demo store (first run only)…")
  await run(process.execPath, [medusaBin, "exec", "./scripts/seed-demo.ts"], { cwd: hostAppDir, env })
} catch (error) {
  console.error(error.message)
  await shutdown(1)
}

console.log("Starting Medusa…")
medusa = spawn(process.execPath, [medusaBin, "develop"], {
  cwd: hostAppDir,
  env: { ...process.env, ...env },
  stdio: ["inherit", "pipe", "inherit"],
  detached: true,
})
let announced = false
medusa.stdout.on("data", (chunk) => {
  process.stdout.write(chunk)
  if (!announced && /Server is ready|Admin URL/.test(String(chunk))) {
    announced = true
    printBanner()
  }
})
medusa.on("exit", (code) => shutdown(code ?? 0))

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

function printBanner() {
  const line = "─".repeat(64)
  console.log(`\n${line}`)
  console.log(`  Dashboard:  http://localhost:${port}/app`)
  console.log(`  E-mail:     ${secrets.adminEmail}`)
  console.log(`  Password:   ${secrets.adminPassword}`)
  console.log(`  Open Customers and pick one to see the privacy profile widget.`)
  console.log(`  Ctrl-C stops Medusa and PostgreSQL; the next run reuses the data.`)
  console.log(`${line}\n`)
}

/** Secrets and the staff password are made on the first run and kept (git-ignored) for the next. */
function loadSecrets() {
  const file = path.join(demoDir, "secrets.json")
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, "utf8"))
    // Data from before the consent ledger existed gets its secret now, once.
    if (!kept.linkSecret) {
      kept.linkSecret = randomBytes(32).toString("hex")
      writeFileSync(file, JSON.stringify(kept, null, 2), { mode: 0o600 })
    }
    return kept
  }
  const created = {
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
    adminEmail: "admin@finmug.example",
    adminPassword: randomBytes(9).toString("base64url"),
    linkSecret: randomBytes(32).toString("hex"),
  }
  writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 })
  return created
}

async function createDatabaseIfMissing(maintenanceUrl, name) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database "${name}"`)
    }
  } finally {
    await client.end()
  }
}
