import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ErasureDryRun, ErasureRecord } from "../lib/types"

const erasureKey = (customerId: string) => ["privacy-erasures", customerId] as const

export function useCustomerErasures(customerId: string) {
  return useQuery({
    queryKey: erasureKey(customerId),
    queryFn: () => sdk.client.fetch<{ erased_at: string | null; erasures: ErasureRecord[] }>(`/admin/customers/${customerId}/privacy/erasure`),
  })
}

/** What erasing the customer now would do; changes nothing. */
export function useErasureDryRun(customerId: string) {
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ dry_run: ErasureDryRun }>(`/admin/customers/${customerId}/privacy/erasure?dry_run=true`, { method: "POST", body: {} }),
  })
}

export function useEraseCustomer(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (reason: string) =>
      sdk.client.fetch<{ erasure: ErasureRecord }>(`/admin/customers/${customerId}/privacy/erasure`, { method: "POST", body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: erasureKey(customerId) }),
  })
}
