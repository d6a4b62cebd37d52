import { spawn } from "node:child_process"
import { performance } from "node:perf_hooks"
import { hostAppDir, linkPluginIntoHostApp, medusaBin, projectRoot } from "../../scripts/lib/host-app.mjs"
import { freePort, startPostgres, tempDataDir } from "../../scripts/lib/postgres.mjs"
import { run } from "../../scripts/lib/run.mjs"

export { projectRoot }

/**
 * PostgreSQL (from the environment, or embedded) with a fresh, migrated
 * database for one benchmark, and the built plugin linked into the host app.
 */
export async function prepareBenchDatabase(name) {
  if (process.env.PRIVACY_SKIP_BUILD !== "true") {
    await run(process.execPath, [medusaBin, "plugin:build"], { cwd: projectRoot })
  }
  linkPluginIntoHostApp()
  const postgres = await startPostgres({ dataDir: tempDataDir("medusa-plugin-privacy-bench-pg"), persistent: false })
  const { default: pg } = await import("pg")
  const admin = new pg.Client({ connectionString: postgres.url("postgres") })
  await admin.connect()
  await admin.query(`drop database if exists "${name}"`)
  await admin.query(`create database "${name}"`)
  await admin.end()
  const databaseUrl = postgres.url(name)
  await run(process.execPath, [medusaBin, "db:migrate", "--execute-safe-links"], {
    cwd: hostAppDir,
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: "error" },
  })
  return {
    databaseUrl,
    sql: async (text, params) => {
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      try {
        return await client.query(text, params)
      } finally {
        await client.end()
      }
    },
    stop: async () => {
      const cleanup = new pg.Client({ connectionString: postgres.url("postgres") })
      await cleanup.connect()
      await cleanup.query(`drop database if exists "${name}" with (force)`)
      await cleanup.end()
      await postgres.stop()
    },
  }
}

/**
 * Starts the host app with `medusa start`, as in production, and resolves
 * once it answers HTTP; `bootMs` is the time from spawn to the first answer.
 */
export async function startHostApp({ databaseUrl, withPlugin = true, env = {} }) {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, [medusaBin, "start"], {
    cwd: hostAppDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: "production",
      LOG_LEVEL: "error",
      MEDUSA_ADMIN_DISABLED: "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      JWT_SECRET: "bench-jwt-secret-not-for-production",
      COOKIE_SECRET: "bench-cookie-secret-not-for-production",
      PRIVACY_PLUGIN_DISABLED: withPlugin ? "false" : "true",
      PRIVACY_LINK_SECRET: "bench-link-secret-0123456789abcdef0123456789abcdef",
      PRIVACY_PUBLIC_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  })
  let errors = ""
  child.stderr.on("data", (chunk) => (errors = (errors + chunk).slice(-4000)))
  const baseUrl = `http://localhost:${port}`
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`medusa start exited with ${child.exitCode}:\n${errors}`)
    }
    try {
      const response = await fetch(`${baseUrl}/health`)
      if (response.ok) {
        break
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  const bootMs = performance.now() - started
  return {
    baseUrl,
    bootMs,
    pid: child.pid,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve))
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        return
      }
      const timer = setTimeout(() => process.kill(-child.pid, "SIGKILL"), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function machineSummary() {
  return `${process.platform} ${process.arch}, node ${process.version}`
}
