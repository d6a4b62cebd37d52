import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { Disclosure, DisclosurePage, RecipientsResponse, RecipientTask, RecipientTaskFilters, RecipientTaskPage, RecordDisclosureBody } from "../lib/recipient-types"

// One family: a disclosure changes the counts of the register and may open tasks, so all are read again together.
const recipientsKey = ["privacy-recipients"] as const

export function useRecipients(enabled = true) {
  return useQuery({
    queryKey: [...recipientsKey, "register"],
    queryFn: () => sdk.client.fetch<RecipientsResponse>("/admin/privacy/recipients"),
    enabled,
    retry: false,
  })
}

/** One recipient's disclosures, newest first, a page of `limit` from `offset`. */
export function useRecipientDisclosures(recipientId: string | null, limit: number, offset: number) {
  return useQuery({
    queryKey: [...recipientsKey, "disclosures", recipientId, limit, offset],
    queryFn: () => sdk.client.fetch<DisclosurePage>(`/admin/privacy/recipients/${recipientId}/disclosures`, { query: { limit, offset } }),
    enabled: recipientId !== null,
    placeholderData: keepPreviousData,
    retry: false,
  })
}

export function useCustomerDisclosures(customerId: string, enabled = true) {
  return useQuery({
    queryKey: [...recipientsKey, "customer", customerId],
    queryFn: () => sdk.client.fetch<{ disclosures: Disclosure[] }>(`/admin/customers/${customerId}/privacy/disclosures`),
    enabled,
    retry: false,
  })
}

export function useRecordDisclosure(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RecordDisclosureBody) =>
      sdk.client.fetch<{ disclosure: Disclosure }>(`/admin/customers/${customerId}/privacy/disclosures`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recipientsKey }),
  })
}

/** Unset filters stay out of the query string. */
function taskQuery(filters: RecipientTaskFilters, limit: number, offset: number) {
  const query: Record<string, string | number> = { limit, offset }
  for (const [key, value] of Object.entries(filters)) {
    if (value) query[key] = value
  }
  return query
}

export function useRecipientTasks(filters: RecipientTaskFilters, limit = 50, offset = 0, enabled = true) {
  return useQuery({
    queryKey: [...recipientsKey, "tasks", filters, limit, offset],
    queryFn: () => sdk.client.fetch<RecipientTaskPage>("/admin/privacy/recipient-tasks", { query: taskQuery(filters, limit, offset) }),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  })
}

/** Closes an Art. 19 task: the recipients were told, or telling them was not required (with the reason). */
export function useCloseRecipientTask(taskId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { status: "done" | "not_required"; reason?: string }) =>
      sdk.client.fetch<{ task: RecipientTask }>(`/admin/privacy/recipient-tasks/${taskId}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recipientsKey }),
  })
}
