import type { KeptRecord } from "../../modules/privacy/requests/apply-action"
import type { ErasureDryRun } from "../../retention/dry-run"

/**
 * What an erasure keeps, as the person is told it: each order kept as
 * bookkeeping material with the day it goes, the proof of consents until its
 * period ends, and the records of the request itself and of staff access,
 * which outlive the erasure by their own periods.
 */
export function keptByErasure(dryRun: ErasureDryRun): KeptRecord[] {
  const kept: KeptRecord[] = dryRun.bookkeeping.map((order) => ({ kind: "bookkeeping", order: order.display_id === null ? order.order_id : String(order.display_id), until: order.kept_until }))
  const proof = dryRun.keep.flatMap((table) => table.columns).find((column) => column.retention === "consent_proof" && column.until)
  const keptTables = new Set(dryRun.keep.filter((table) => table.rows > 0).map((table) => table.table))
  if (proof && (keptTables.has("privacy_consent_event") || keptTables.has("privacy_consent_subject"))) {
    kept.push({ kind: "consent_proof", until: proof.until })
  }
  kept.push({ kind: "request_records", until: null })
  if (keptTables.has("privacy_access_log")) {
    kept.push({ kind: "access_log", until: null })
  }
  return kept
}

/** What the request's erasures kept, from its timeline: the answer lists them unless staff say otherwise. */
export function keptFromTimeline(events: { kind: string; data: Record<string, unknown> | null }[]): KeptRecord[] {
  const erasures = events.filter((event) => event.kind === "linked" && (event.data?.link as { kind?: string } | undefined)?.kind === "erasure")
  const last = erasures[erasures.length - 1]
  return ((last?.data?.link as { kept?: KeptRecord[] } | undefined)?.kept ?? []).slice(0, 200)
}
