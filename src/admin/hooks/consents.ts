import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { ConsentsResponse, RecordConsentBody } from "../lib/types"

export const consentKeys = {
  detail: (customerId: string) => ["privacy-consents", customerId] as const,
}

export function useCustomerConsents(customerId: string) {
  return useQuery({
    queryKey: consentKeys.detail(customerId),
    queryFn: () => sdk.client.fetch<ConsentsResponse>(`/admin/customers/${customerId}/privacy/consents`),
  })
}

export function useRecordConsent(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RecordConsentBody) =>
      sdk.client.fetch<ConsentsResponse>(`/admin/customers/${customerId}/privacy/consents`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentKeys.detail(customerId) }),
  })
}
