import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { DataMapResponse, ProcessingRecordResponse } from "../lib/types"

export const dataMapKeys = {
  map: ["privacy-data-map"] as const,
  record: (lang: string) => ["privacy-processing-record", lang] as const,
}

export function useDataMap() {
  return useQuery({
    queryKey: dataMapKeys.map,
    queryFn: () => sdk.client.fetch<DataMapResponse>("/admin/privacy/data-map"),
  })
}

export function useProcessingRecord(lang = "en") {
  return useQuery({
    queryKey: dataMapKeys.record(lang),
    queryFn: () => sdk.client.fetch<ProcessingRecordResponse>("/admin/privacy/records", { query: { lang } }),
  })
}
