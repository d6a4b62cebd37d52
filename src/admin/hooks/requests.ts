import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { DataSubjectRequest, RecordRequestBody, RequestDetail, RequestFilters, RequestStats } from "../lib/requests"

const requestsKey = ["privacy-requests"] as const

type Page = { requests: DataSubjectRequest[]; next_cursor: string | null; limit: number }

/** Unset filters stay out of the query: the route refuses empty values. */
function queryOf(filters: RequestFilters, limit: number, cursor?: string) {
  const query: Record<string, string | number> = { limit }
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "" && value !== false) query[key] = String(value)
  }
  if (cursor) query.cursor = cursor
  return query
}

/** The requests newest first, a keyset page at a time (`cursor` is the previous page's `next_cursor`). */
export function useRequests(filters: RequestFilters, limit = 50, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...requestsKey, "list", filters, limit],
    queryFn: ({ pageParam }) => sdk.client.fetch<Page>("/admin/privacy/requests", { query: queryOf(filters, limit, pageParam) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    enabled,
    retry: false,
  })
}

export function useRequestStats(enabled = true) {
  return useQuery({
    queryKey: [...requestsKey, "stats"],
    queryFn: async () => (await sdk.client.fetch<{ stats: RequestStats }>("/admin/privacy/request-stats")).stats,
    enabled,
    retry: false,
  })
}

export function useRequest(id: string, enabled = true) {
  return useQuery({
    queryKey: [...requestsKey, "detail", id],
    queryFn: async () => (await sdk.client.fetch<{ request: RequestDetail }>(`/admin/privacy/requests/${id}`)).request,
    enabled,
    retry: false,
  })
}

export function useRecordRequest() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RecordRequestBody) =>
      sdk.client.fetch<{ request: DataSubjectRequest }>("/admin/privacy/requests", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestsKey }),
  })
}

export type RequestAction =
  | "verify"
  | "pause"
  | "resume"
  | "extend"
  | "complete"
  | "refuse"
  | "withdraw"
  | "notes"
  | "export"
  | "erase"
  | "object"
  | "restrict"
  | "lift-restriction"
  | "links"

/** One of the request's actions; every action changes the request, so all request queries are read again. */
export function useRequestAction<T = { request: DataSubjectRequest }>(id: string, action: RequestAction) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch<T>(`/admin/privacy/requests/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestsKey }),
  })
}
