import type { PrivacyPluginOptions } from "../lib/options"
import type { DataMapEntry, RetentionRule } from "../data-map/types"
import { capitalize, dataItemLabels } from "./map-labels"
import type { NoticeTexts } from "./texts/types"

export function retentionKey(rule: RetentionRule): string {
  if (typeof rule === "string") {
    return rule
  }
  return "months" in rule.fixed ? `fixed:months:${rule.fixed.months}` : `fixed:days:${rule.fixed.days}`
}

/** How long data under one rule is kept, in the reader's language, with the real periods. */
export function retentionSentence(rule: RetentionRule, options: PrivacyPluginOptions, t: NoticeTexts): string {
  const { inactivityMonths, consentProofYears, bookkeeping } = options.retention
  if (rule === "relationship") {
    return t.retention.relationship(inactivityMonths)
  }
  if (rule === "bookkeeping") {
    const period = bookkeeping.years
      ? t.retention.bookkeepingYears(bookkeeping.years)
      : t.retention.bookkeepingPeriods[bookkeeping.jurisdiction!]
    return t.retention.bookkeeping(period)
  }
  if (rule === "consent_proof") {
    return t.retention.consentProof(consentProofYears)
  }
  const fixed = "months" in rule.fixed ? t.retention.fixed(rule.fixed.months, "months") : t.retention.fixed(rule.fixed.days, "days")
  return `${capitalize(fixed)}.`
}

/**
 * One paragraph per retention rule in use, naming the data items it covers:
 * the "storage and deletion" section with the periods the plugin enforces.
 */
export function describeRetention(options: PrivacyPluginOptions, language: string, t: NoticeTexts): string[] {
  const groups = new Map<string, { rule: RetentionRule; entries: DataMapEntry[] }>()
  for (const entry of options.dataMap.entries) {
    const key = retentionKey(entry.retention)
    const group = groups.get(key) ?? { rule: entry.retention, entries: [] }
    group.entries.push(entry)
    groups.set(key, group)
  }
  const order = ["relationship", "bookkeeping", "consent_proof"]
  const keys = [...groups.keys()].sort((a, b) => rank(order, a) - rank(order, b))
  return keys.map((key) => {
    const { rule, entries } = groups.get(key)!
    const items = dataItemLabels(entries, language, t).join(", ")
    return `${retentionSentence(rule, options, t)} ${t.retention.appliesTo(items)}`
  })
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key)
  return index === -1 ? order.length : index
}
