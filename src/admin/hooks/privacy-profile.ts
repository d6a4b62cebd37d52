import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { PrivacyProfileResponse, PrivacyProfileUpdate } from "../lib/types"

export const privacyProfileKeys = {
  all: ["privacy-profile"] as const,
  detail: (customerId: string) => ["privacy-profile", customerId] as const,
}

export function usePrivacyProfile(customerId: string) {
  return useQuery({
    queryKey: privacyProfileKeys.detail(customerId),
    queryFn: () => sdk.client.fetch<PrivacyProfileResponse>(`/admin/customers/${customerId}/privacy`),
  })
}

export function useUpdatePrivacyProfile(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PrivacyProfileUpdate) =>
      sdk.client.fetch<PrivacyProfileResponse>(`/admin/customers/${customerId}/privacy`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: privacyProfileKeys.detail(customerId) }),
  })
}
