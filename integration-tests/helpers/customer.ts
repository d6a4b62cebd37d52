import type { AxiosInstance } from "axios"

export type SignedInCustomer = {
  id: string
  email: string
  password: string
  token: string
  /** Headers for /store routes: publishable key and bearer token. */
  headers: Record<string, string>
}

/**
 * Signs a customer up the way a storefront does: register an e-mail/password
 * identity, create the customer with that token, then sign in for a token
 * that carries the customer id.
 */
export async function signUpCustomer(
  api: AxiosInstance,
  publishableKey: string,
  overrides: { email?: string; first_name?: string; last_name?: string; password?: string } = {}
): Promise<SignedInCustomer> {
  const email = overrides.email ?? `customer-${Math.random().toString(36).slice(2)}@example.test`
  const password = overrides.password ?? "customer-password-1"
  const pk = { "x-publishable-api-key": publishableKey }

  const registered = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: overrides.first_name ?? "Kari", last_name: overrides.last_name ?? "Nordmann" },
    { headers: { ...pk, authorization: `Bearer ${registered.data.token}` } }
  )
  const token = await signIn(api, email, password)
  return { id: data.customer.id, email, password, token, headers: { ...pk, authorization: `Bearer ${token}` } }
}

/** Registers an identity and creates the customer, without signing in afterwards. */
export async function registerCustomer(
  api: AxiosInstance,
  publishableKey: string,
  email: string,
  password = "customer-password-1"
): Promise<{ id: string }> {
  const registered = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: "Kari", last_name: "Nordmann" },
    { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${registered.data.token}` } }
  )
  return { id: data.customer.id }
}

export async function signIn(api: AxiosInstance, email: string, password: string): Promise<string> {
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return data.token
}
