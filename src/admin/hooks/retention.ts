import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { RetentionPreview, RetentionRun } from "../lib/types"

const runsKey = ["privacy-retention-runs"] as const
const previewKey = ["privacy-retention-preview"] as const

export function useRetentionPreview() {
  return useQuery({ queryKey: previewKey, queryFn: () => sdk.client.fetch<RetentionPreview>("/admin/privacy/retention/preview") })
}

const active = (runs: RetentionRun[] | undefined) => runs?.some((run) => run.status === "queued" || run.status === "running") ?? false

/** Past runs; polled while one is queued or running so its report appears without a reload. */
export function useRetentionRuns() {
  const queryClient = useQueryClient()
  return useQuery({
    queryKey: runsKey,
    queryFn: async () => {
      const result = await sdk.client.fetch<{ runs: RetentionRun[]; count: number }>("/admin/privacy/retention/runs?limit=20")
      if (!active(result.runs)) {
        queryClient.invalidateQueries({ queryKey: previewKey })
      }
      return result
    },
    refetchInterval: (query) => (active(query.state.data?.runs) ? 2000 : false),
  })
}

export function useStartRetentionRun() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ run: RetentionRun }>("/admin/privacy/retention/runs", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runsKey }),
  })
}
