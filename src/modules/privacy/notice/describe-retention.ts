import type { PrivacyPluginOptions } from "../lib/options"
import type { DataMapEntry } from "../data-map/types"
import { dataItemLabels } from "./map-labels"
import { effectiveRetention, effectiveRetentionKey, NOTICE_RECORDS, recordOf, type EffectiveRetention, type NoticeRecord } from "./records"
import type { NoticeTexts } from "./texts/types"

export type RetentionPeriod = {
  retention: EffectiveRetention
  /** The sentence that introduces the items: how long, from when, and what happens then. */
  text: string
  items: string[]
}

export type RecordRetention = { record: NoticeRecord; name: string; periods: RetentionPeriod[] }

/** What erasure does to these entries when their time is up: deletes the rows, or clears the fields. */
function fateOf(entries: readonly Pick<DataMapEntry, "erasure">[]): "deleted" | "anonymised" | "deleted_or_anonymised" {
  const deletes = entries.some((entry) => entry.erasure === "delete")
  const anonymises = entries.some((entry) => entry.erasure === "anonymize")
  return deletes && anonymises ? "deleted_or_anonymised" : anonymises ? "anonymised" : "deleted"
}

/**
 * How long data under one effective rule is kept, in the reader's language,
 * with the configured periods, from when, and what happens then.
 */
export function retentionSentence(
  retention: EffectiveRetention,
  record: NoticeRecord,
  entries: readonly Pick<DataMapEntry, "erasure">[],
  options: PrivacyPluginOptions,
  t: NoticeTexts
): string {
  const { consentProofYears, bookkeeping } = options.retention
  const fate = t.retention.fates[fateOf(entries)]
  switch (retention.kind) {
    case "relationship":
      return t.retention.relationship(fate)
    case "bookkeeping":
      return t.retention.bookkeeping(
        bookkeeping.years ? t.retention.bookkeepingYears(bookkeeping.years) : t.retention.bookkeepingPeriods[bookkeeping.jurisdiction!]
      )
    case "consent_proof":
      return t.retention.consentProof(consentProofYears)
    case "fixed": {
      const start = t.retention.records[record].start
      return retention.orRelationship
        ? t.retention.fixedOrRelationship(retention.amount, retention.unit, start, fate)
        : t.retention.fixed(retention.amount, retention.unit, start)
    }
  }
}

const KIND_ORDER = ["relationship", "bookkeeping", "consent_proof", "fixed"]

/**
 * The storage periods per record (GDPR Art. 13(2)(a)): for each record the
 * customer knows (account, orders, message log, consent proof, ...), each
 * period the plugin enforces on it and the data items it covers. One item
 * has one period per record.
 */
export function retentionByRecord(
  options: PrivacyPluginOptions,
  language: string,
  t: NoticeTexts,
  entries: readonly DataMapEntry[] = options.dataMap.entries
): RecordRetention[] {
  const byRecord = new Map<NoticeRecord, Map<string, { retention: EffectiveRetention; entries: DataMapEntry[] }>>()
  for (const entry of entries) {
    const record = recordOf(entry)
    const retention = effectiveRetention(entry)
    const periods = byRecord.get(record) ?? new Map()
    const key = effectiveRetentionKey(retention)
    const period = periods.get(key) ?? { retention, entries: [] }
    period.entries.push(entry)
    periods.set(key, period)
    byRecord.set(record, periods)
  }
  return NOTICE_RECORDS.filter((record) => byRecord.has(record)).map((record) => ({
    record,
    name: t.retention.records[record].name,
    periods: [...byRecord.get(record)!.values()]
      .sort((a, b) => KIND_ORDER.indexOf(a.retention.kind) - KIND_ORDER.indexOf(b.retention.kind))
      .map(({ retention, entries: covered }) => ({
        retention,
        text: retentionSentence(retention, record, covered, options, t),
        items: dataItemLabels(covered, language, t),
      })),
  }))
}
