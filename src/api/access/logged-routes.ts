import type { MedusaRequest } from "@medusajs/framework/http"
import type { AccessAction } from "../../modules/privacy/lib/access-log"

/**
 * The routes whose responses carry customers' personal data, and how to tell
 * whose: the access log records every call to them (issue: policy clause 10).
 * Core's customer, order and notification routes are here beside the
 * plugin's own. First match wins, so specific routes come before the
 * catch-all of their area. A pattern ending in `/*` also covers sub-paths.
 */

/** What an access reached: customer ids, or order ids whose customers the writer looks up. */
export type Reached = { customers: string[]; orders?: string[] }

export type AccessContext = { req: MedusaRequest; params: Record<string, string>; body: any; noted?: Reached }

export type LoggedRoute = {
  method: "GET" | "POST" | "DELETE"
  path: string
  action: AccessAction | ((req: MedusaRequest) => AccessAction)
  reached: (context: AccessContext) => Reached
  /** Routes reached by a link's holder rather than signed-in staff. */
  byLink?: boolean
}

const customerParam = ({ params }: AccessContext): Reached => ({ customers: [params.id] })
const orderParam = ({ params, body }: AccessContext): Reached =>
  body?.order?.customer_id ? { customers: [body.order.customer_id] } : { customers: [], orders: [params.id] }
/** What the route noted itself (streamed or file responses have no JSON body to read). */
const noted = ({ noted }: AccessContext): Reached => noted ?? { customers: [] }
const ids = (list: unknown, key: string): string[] =>
  Array.isArray(list) ? list.map((row) => row?.[key]).filter((id): id is string => typeof id === "string") : []

function ordersIn(list: unknown): Reached {
  const customers: string[] = []
  const orders: string[] = []
  for (const order of Array.isArray(list) ? list : []) {
    const customer = order?.customer_id ?? order?.customer?.id
    if (typeof customer === "string") customers.push(customer)
    else if (typeof order?.id === "string") orders.push(order.id)
  }
  return { customers, orders }
}

const requestCustomer = ({ body }: AccessContext): Reached => ({ customers: ids([body?.request], "customer_id") })
const receivers = (list: unknown): Reached => ({ customers: ids(list, "receiver_id").filter((id) => id.startsWith("cus_")) })

export const LOGGED_ROUTES: LoggedRoute[] = [
  // The plugin's customer routes.
  { method: "GET", path: "/admin/customers/:id/privacy/exports/:export_id/download", action: "download", reached: customerParam },
  { method: "POST", path: "/admin/customers/:id/privacy/exports/*", action: "export", reached: customerParam },
  { method: "POST", path: "/admin/customers/:id/privacy/exports", action: "export", reached: customerParam },
  {
    method: "POST",
    path: "/admin/customers/:id/privacy/erasure",
    // A dry run shows what would go and changes nothing.
    action: (req) => (req.query?.dry_run === "true" ? "read" : "erase"),
    reached: customerParam,
  },
  { method: "POST", path: "/admin/customers/:id/privacy/consents", action: "record_consent", reached: customerParam },
  { method: "POST", path: "/admin/customers/:id/privacy", action: "rectify", reached: customerParam },
  // Recording a disclosure reads the customer and adds to the log; it changes none of their data.
  { method: "POST", path: "/admin/customers/:id/privacy/disclosures", action: "read", reached: customerParam },
  // Core's customer routes (the plugin's GET routes under a customer are reads like core's).
  { method: "GET", path: "/admin/customers", action: "list", reached: ({ body }) => ({ customers: ids(body?.customers, "id") }) },
  { method: "GET", path: "/admin/customers/:id/*", action: "read", reached: customerParam },
  { method: "GET", path: "/admin/customers/:id", action: "read", reached: customerParam },
  { method: "POST", path: "/admin/customers/:id/*", action: "rectify", reached: customerParam },
  { method: "POST", path: "/admin/customers/:id", action: "rectify", reached: customerParam },
  { method: "DELETE", path: "/admin/customers/:id/*", action: "rectify", reached: customerParam },
  { method: "DELETE", path: "/admin/customers/:id", action: "erase", reached: customerParam },
  // Core's order routes: an order is its customer's data.
  { method: "GET", path: "/admin/orders", action: "list", reached: ({ body }) => ordersIn(body?.orders) },
  { method: "GET", path: "/admin/orders/:id/*", action: "read", reached: orderParam },
  { method: "GET", path: "/admin/orders/:id", action: "read", reached: orderParam },
  { method: "POST", path: "/admin/orders/:id", action: "rectify", reached: orderParam },
  // Core's message log.
  { method: "GET", path: "/admin/notifications", action: "list", reached: ({ body }) => receivers(body?.notifications) },
  { method: "GET", path: "/admin/notifications/:id", action: "read", reached: ({ body }) => receivers([body?.notification]) },
  // The plugin's lists of customers.
  {
    method: "GET",
    path: "/admin/privacy/audience",
    action: "download",
    reached: (context) => context.noted ?? { customers: ids(context.body?.audience, "customer_id") },
  },
  {
    method: "GET",
    path: "/admin/privacy/retention/preview",
    action: "list",
    reached: ({ body }) => ({ customers: [...ids(body?.customers, "customer_id"), ...ids(body?.warnings, "customer_id")] }),
  },
  // Data subject requests: each names its person (customer_id, or an address only).
  { method: "GET", path: "/admin/privacy/recipients/:id/disclosures", action: "list", reached: ({ body }) => ({ customers: ids(body?.disclosures, "customer_id") }) },
  { method: "POST", path: "/admin/privacy/recipient-tasks/:id", action: "read", reached: ({ body }) => ({ customers: ids([body?.task], "customer_id") }) },
  { method: "GET", path: "/admin/privacy/recipient-tasks", action: "list", reached: ({ body }) => ({ customers: ids(body?.tasks, "customer_id") }) },
  { method: "GET", path: "/admin/privacy/requests", action: "list", reached: ({ body }) => ({ customers: ids(body?.requests, "customer_id") }) },
  { method: "GET", path: "/admin/privacy/requests/:id", action: "read", reached: requestCustomer },
  { method: "POST", path: "/admin/privacy/requests/:id/export", action: "export", reached: requestCustomer },
  {
    method: "POST",
    path: "/admin/privacy/requests/:id/erase",
    action: (req) => ((req.body as { dry_run?: unknown } | undefined)?.dry_run === true ? "read" : "erase"),
    reached: requestCustomer,
  },
  { method: "POST", path: "/admin/privacy/requests/:id/object", action: "record_consent", reached: requestCustomer },
  { method: "POST", path: "/admin/privacy/requests/:id/*", action: "read", reached: requestCustomer },
  { method: "POST", path: "/admin/privacy/requests", action: "read", reached: requestCustomer },
  // Reading the log about a customer is itself an access to that customer's data.
  {
    method: "GET",
    path: "/admin/privacy/access-log",
    action: "read",
    reached: ({ req }) => ({ customers: typeof req.query?.customer_id === "string" ? [req.query.customer_id] : [] }),
  },
  // The e-mailed download link: its holder, whoever that is.
  { method: "POST", path: "/privacy/exports/download", action: "download", reached: noted, byLink: true },
]

type Compiled = { route: LoggedRoute; pattern: RegExp; names: string[] }

const COMPILED: Compiled[] = LOGGED_ROUTES.map((route) => {
  const names: string[] = []
  const body = route.path
    .replace(/\/\*$/, "")
    .split("/")
    .map((part) => (part.startsWith(":") ? (names.push(part.slice(1)), "([^/]+)") : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/")
  return { route, names, pattern: new RegExp(`^${body}${route.path.endsWith("/*") ? "/.+" : ""}/?$`) }
})

/** A Medusa id (`prefix_` and a ULID or similar): replaced by `:id` when a catch-all route names what was reached. */
const ENTITY_ID = /^[a-z]+_[0-9A-Za-z]{20,}$/

/**
 * The logged route a request is for, with its path parameters and the
 * pattern to record (a catch-all's is the path with its ids replaced, so the
 * log says "/admin/customers/:id/addresses/:id"); null when it is not logged.
 */
export function matchLoggedRoute(method: string, path: string): { route: LoggedRoute; params: Record<string, string>; pattern: string } | null {
  for (const { route, pattern, names } of COMPILED) {
    if (route.method !== method) continue
    const match = pattern.exec(path)
    if (match) {
      const recorded = route.path.endsWith("/*")
        ? path.replace(/\/+$/, "").split("/").map((part) => (ENTITY_ID.test(part) ? ":id" : part)).join("/")
        : route.path
      return { route, pattern: recorded, params: Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1])])) }
    }
  }
  return null
}
