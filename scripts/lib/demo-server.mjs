import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { buildStorefront } from "../build-storefront.mjs"
import { hostAppDir, linkPluginIntoHostApp, medusaBin, projectRoot } from "./host-app.mjs"
import { startPostgres } from "./postgres.mjs"
import { run } from "./run.mjs"
import { startSampleStorefront } from "./sample-storefront.mjs"

/** New secrets and a staff login for a demo store (the demo keeps its own in .demo-data/). */
export function newDemoSecrets() {
  return {
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
    adminEmail: "admin@finmug.example",
    adminPassword: randomBytes(12).toString("base64url"),
    ...newStaffLogins(),
    linkSecret: randomBytes(32).toString("hex"),
  }
}

/** The demo's privacy agent and a staff user without a privacy role, to try the roles with. */
export function newStaffLogins() {
  return {
    agentEmail: "agent@finmug.example",
    agentPassword: randomBytes(12).toString("base64url"),
    clerkEmail: "warehouse@finmug.example",
    clerkPassword: randomBytes(12).toString("base64url"),
  }
}

/**
 * The demo store, started the way `npm run demo` starts it: plugin built,
 * database created and migrated, store seeded (first run only), staff user
 * ensured, then `medusa develop` with the dashboard and the file watcher on.
 * The browser specs start their own with another database and port
 * (`fresh`: the database is made for the run and dropped by stop()).
 *
 * With `storefrontPort`, a sample shop page with the cookie banner is served
 * there once Medusa answers (its origin is allowed by the store's CORS).
 *
 * Resolves once the server answers, with its address, the publishable key,
 * the storefront's address and stop().
 */
export async function startDemoServer({
  databaseName,
  port,
  storefrontPort,
  secrets,
  pgDataDir,
  fresh = false,
  build = true,
  onOutput,
  log = (line) => console.log(line),
  readyTimeoutMs = 300_000,
}) {
  if (build) {
    log("Building the plugin…")
    await run(process.execPath, [medusaBin, "plugin:build"], { cwd: projectRoot, onOutput })
    await buildStorefront()
  }
  linkPluginIntoHostApp()

  log("Starting PostgreSQL…")
  const postgres = await startPostgres({ dataDir: pgDataDir, persistent: true })
  const ownDatabase = fresh || !process.env.DATABASE_URL
  const databaseUrl = ownDatabase ? postgres.url(databaseName) : process.env.DATABASE_URL
  const url = `http://localhost:${port}`
  const storefrontUrl = storefrontPort ? `http://localhost:${storefrontPort}` : null
  const storefrontOrigins = [...new Set(["http://localhost:8000", storefrontUrl].filter(Boolean))].join(",")
  const env = {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secrets.jwtSecret,
    COOKIE_SECRET: secrets.cookieSecret,
    DEMO_ADMIN_EMAIL: secrets.adminEmail,
    DEMO_ADMIN_PASSWORD: secrets.adminPassword,
    DEMO_AGENT_EMAIL: secrets.agentEmail,
    DEMO_AGENT_PASSWORD: secrets.agentPassword,
    DEMO_CLERK_EMAIL: secrets.clerkEmail,
    DEMO_CLERK_PASSWORD: secrets.clerkPassword,
    PRIVACY_LINK_SECRET: secrets.linkSecret,
    PRIVACY_PUBLIC_URL: url,
    ADMIN_CORS: url,
    STORE_CORS: storefrontOrigins,
    AUTH_CORS: `${storefrontOrigins},${url}`,
    PORT: String(port),
    NODE_ENV: "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }

  let medusa
  let storefront
  const stop = async () => {
    await storefront?.stop().catch(() => {})
    if (medusa && medusa.exitCode === null && medusa.signalCode === null) {
      // `medusa develop` runs the server in a child of its own: stop the whole group.
      const exited = new Promise((resolve) => medusa.once("exit", resolve))
      signalGroup(medusa.pid, "SIGINT")
      const forced = setTimeout(() => signalGroup(medusa.pid, "SIGKILL"), 15_000)
      await exited
      clearTimeout(forced)
    }
    if (medusa) {
      signalGroup(medusa.pid, "SIGKILL")
    }
    if (fresh) {
      await dropDatabase(postgres.url("postgres"), databaseName).catch(() => {})
    }
    await postgres.stop().catch(() => {})
  }

  try {
    if (fresh) {
      await dropDatabase(postgres.url("postgres"), databaseName)
    }
    if (ownDatabase) {
      await createDatabaseIfMissing(postgres.url("postgres"), databaseName)
    }
    log("Migrating the database…")
    await run(process.execPath, [medusaBin, "db:migrate", "--execute-safe-links"], { cwd: hostAppDir, env, onOutput })
    log("Seeding the demo store (first run only)…")
    await run(process.execPath, [medusaBin, "exec", "./scripts/seed-demo.ts"], { cwd: hostAppDir, env, onOutput })
    const publishableKey = await readPublishableKey(databaseUrl)

    log("Starting Medusa…")
    medusa = spawn(process.execPath, [medusaBin, "develop"], {
      cwd: hostAppDir,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    const forward = onOutput ?? ((chunk) => process.stdout.write(chunk))
    medusa.stdout.on("data", forward)
    medusa.stderr.on("data", forward)
    await waitUntilReady(medusa, url, readyTimeoutMs)
    if (storefrontPort) {
      storefront = await startSampleStorefront({ port: storefrontPort, backendUrl: url, publishableKey })
    }
    return { url, port, publishableKey, databaseUrl, storefrontUrl, process: medusa, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Polls the health route until the server answers; fails early if `medusa develop` exits. */
async function waitUntilReady(child, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  let exited = null
  child.once("exit", (code, signal) => {
    exited = signal ?? code
  })
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`medusa develop exited with ${exited} before it was ready`)
    }
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`medusa develop did not answer on ${url} within ${Math.round(timeoutMs / 1000)} s`)
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

async function createDatabaseIfMissing(maintenanceUrl, name) {
  await withClient(maintenanceUrl, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database "${name}"`)
    }
  })
}

async function dropDatabase(maintenanceUrl, name) {
  await withClient(maintenanceUrl, (client) => client.query(`drop database if exists "${name}" with (force)`))
}

/** The seed creates one publishable key; the demo prints it and the storefront specs use it. */
async function readPublishableKey(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "select token from api_key where type = 'publishable' and title = 'Finmug storefront' and revoked_at is null and deleted_at is null limit 1"
    )
    return rows[0]?.token ?? null
  })
}

async function withClient(connectionString, work) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
