/**
 * A staff session, a publishable key and signed-in customers, made over HTTP
 * against a running host app (the staff user is created by `seedStaffUser`).
 */
import { hostAppDir, medusaBin } from "../../scripts/lib/host-app.mjs"
import { run } from "../../scripts/lib/run.mjs"

export const STAFF = { email: "bench-staff@finmug.example", password: "bench-staff-password" }

/** The benchmarks' staff user, a privacy officer (as the demo's), so the plugin's routes answer it. */
export async function seedStaffUser(databaseUrl) {
  await run(process.execPath, [medusaBin, "user", "-e", STAFF.email, "-p", STAFF.password], {
    cwd: hostAppDir,
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: "error" },
  })
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(
      `INSERT INTO privacy_staff (id, user_id, role, granted_by, granted_at)
       SELECT 'pstf_bench', id, 'privacy_officer', NULL, now() FROM "user" WHERE email = $1`,
      [STAFF.email]
    )
  } finally {
    await client.end()
  }
}

export async function http(baseUrl, method, path, { body, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
  }
  return text ? JSON.parse(text) : undefined
}

export async function staffHeaders(baseUrl) {
  const { token } = await http(baseUrl, "POST", "/auth/user/emailpass", { body: STAFF })
  return { authorization: `Bearer ${token}` }
}

export async function createPublishableKey(baseUrl, staff) {
  const { api_key } = await http(baseUrl, "POST", "/admin/api-keys", {
    body: { title: "bench", type: "publishable" },
    headers: staff,
  })
  return api_key.token
}

export async function signUpCustomer(baseUrl, publishableKey, email, password = "bench-customer-password") {
  const pk = { "x-publishable-api-key": publishableKey }
  const registered = await http(baseUrl, "POST", "/auth/customer/emailpass/register", { body: { email, password } })
  const { customer } = await http(baseUrl, "POST", "/store/customers", {
    body: { email, first_name: "Bench", last_name: "Customer" },
    headers: { ...pk, authorization: `Bearer ${registered.token}` },
  })
  const { token } = await http(baseUrl, "POST", "/auth/customer/emailpass", { body: { email, password } })
  return { id: customer.id, headers: { ...pk, authorization: `Bearer ${token}` } }
}
