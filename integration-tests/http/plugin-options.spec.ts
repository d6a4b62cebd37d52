import { spawn } from "node:child_process"
import path from "node:path"
import { hostAppDir } from "../helpers/host-app"

jest.setTimeout(120_000)

const medusaCli = path.resolve(__dirname, "..", "..", "node_modules", "@medusajs", "cli", "cli.js")

function databaseUrl() {
  const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const auth = DB_PASSWORD ? `${DB_USERNAME}:${encodeURIComponent(DB_PASSWORD)}` : DB_USERNAME
  return `postgres://${auth}@${DB_HOST}:${DB_PORT}/postgres`
}

/** Starts the host app as a merchant would (`medusa start`) and collects its output. */
function startHostApp(options: unknown): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [medusaCli, "start"], {
      cwd: hostAppDir,
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        NODE_ENV: "development",
        DATABASE_URL: databaseUrl(),
        MEDUSA_ADMIN_DISABLED: "true",
        PORT: "0",
        PRIVACY_PLUGIN_OPTIONS: JSON.stringify(options),
      },
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000)
    child.on("error", reject)
    child.on("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe("plugin options at start-up", () => {
  it("stops Medusa with a message naming each wrong option", async () => {
    const { code, output } = await startHostApp({
      controller: { name: "Finmug", address: "Jahtikuja 1D10", country: "FI", email: "not-an-email", fax: "none" },
      languages: ["nb"],
    })
    expect(code).not.toBe(0)
    expect(output).toContain("medusa-plugin-privacy: invalid plugin options")
    expect(output).toContain('"controller.email": expected an e-mail address')
    expect(output).toContain('unknown option "fax" in "controller"')
    expect(output).not.toContain("Server is ready")
  })

  it("stops Medusa when the default language is not one of the languages", async () => {
    const { code, output } = await startHostApp({
      controller: { name: "Finmug", address: "Jahtikuja 1D10", country: "FI", email: "info@finmug.fi" },
      languages: ["nb", "en"],
      defaultLanguage: "sv",
    })
    expect(code).not.toBe(0)
    expect(output).toContain('"defaultLanguage": expected one of the configured languages (nb, en), got "sv"')
  })

  it("stops Medusa for a recipient outside the EU/EEA while transfersOutsideEea is false, naming it and its country", async () => {
    const { code, output } = await startHostApp({
      controller: { name: "Finmug", address: "Jahtikuja 1D10", country: "FI", email: "info@finmug.fi" },
      languages: ["en"],
      recipients: [
        { id: "ups", name: "UPS Inc.", role: "controller", category: "carrier", country: "US", dataCategories: ["identity", "contact"], purpose: "Delivering orders" },
      ],
    })
    expect(code).not.toBe(0)
    expect(output).toContain('"recipients.0.country": "ups" (UPS Inc., US) is outside the EU/EEA and transfersOutsideEea is false')
    expect(output).not.toContain("Server is ready")
  })
})
