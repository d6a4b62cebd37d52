import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ExportsResponse, PrivacyExport, RequestExportBody } from "../lib/types"

export const exportKeys = {
  list: (customerId: string) => ["privacy-exports", customerId] as const,
}

const inProgress = (rows: PrivacyExport[] | undefined) => rows?.some((row) => row.status === "pending" || row.status === "building")

/** The customer's exports; polled while one is being built, so its link appears without a reload. */
export function useCustomerExports(customerId: string) {
  return useQuery({
    queryKey: exportKeys.list(customerId),
    queryFn: () => sdk.client.fetch<ExportsResponse>(`/admin/customers/${customerId}/privacy/exports`),
    refetchInterval: (query) => (inProgress(query.state.data?.exports) ? 2000 : false),
  })
}

export function useRequestExport(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RequestExportBody) =>
      sdk.client.fetch<{ export: PrivacyExport }>(`/admin/customers/${customerId}/privacy/exports`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exportKeys.list(customerId) }),
  })
}

export function useRetryExport(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (exportId: string) =>
      sdk.client.fetch<{ export: PrivacyExport }>(`/admin/customers/${customerId}/privacy/exports/${exportId}/retry`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exportKeys.list(customerId) }),
  })
}
