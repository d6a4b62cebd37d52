import { useInfiniteQuery, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export const ACCESS_ACTIONS = ["read", "list", "export", "download", "rectify", "erase", "record_consent"] as const

export type AccessLogEntry = {
  id: string
  seq: number
  occurred_at: string
  actor_type: "user" | "api-key" | "link"
  actor_id: string | null
  actor_email: string | null
  role: string | null
  action: (typeof ACCESS_ACTIONS)[number]
  method: string
  route: string
  status: number
  outcome: "ok" | "refused" | "failed"
  customer_ids: string[]
  customer_count: number
  purpose: string | null
  ip_prefix: string | null
}

export type AccessLogFilters = { actor_id?: string; customer_id?: string; action?: string; from?: string; to?: string }

export type ChainCheck = {
  ok: boolean
  checked: number
  starts_after: number
  last_seq: number | null
  broken: { id: string; seq: number; reason: "missing_before" | "not_linked" | "changed" } | null
  checked_at: string
}

type Page = { entries: AccessLogEntry[]; next_before: number | null }

/** Empty filters are left out of the query: the route refuses an empty value. */
function queryOf(filters: AccessLogFilters, limit: number, before?: number) {
  const query: Record<string, string | number> = { limit }
  for (const [key, value] of Object.entries(filters)) {
    if (value) query[key] = value
  }
  if (before) query.before = before
  return query
}

/** The log newest first, a page at a time (keyset: each page asks for what lies before the last one). */
export function useAccessLog(filters: AccessLogFilters, limit = 50, enabled = true) {
  return useInfiniteQuery({
    queryKey: ["privacy-access-log", filters, limit],
    queryFn: ({ pageParam }) => sdk.client.fetch<Page>("/admin/privacy/access-log", { query: queryOf(filters, limit, pageParam) }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.next_before ?? undefined,
    enabled,
    retry: false,
  })
}

/** Checks the chain only when asked: it reads the whole log. */
export function useAccessLogCheck() {
  return useQuery({
    queryKey: ["privacy-access-log-verify"],
    queryFn: async () => (await sdk.client.fetch<{ verification: ChainCheck }>("/admin/privacy/access-log/verify")).verification,
    enabled: false,
    retry: false,
  })
}
