import { textsFor } from "../notice/texts"
import type { ProcessingRecord } from "./build-record"

/** RFC 4180 field: quoted when it holds a separator, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** The record as CSV, one row per purpose, lists joined with "; ", for spreadsheets and authorities. */
export function processingRecordCsv(record: ProcessingRecord): string {
  const t = textsFor(record.language)!
  const c = t.record.columns
  const controller = [record.controller.name, record.controller.address, record.controller.businessId]
    .filter(Boolean)
    .join(", ")
  const contact = [
    record.contact_person?.name,
    record.contact_person?.email ?? record.controller.email,
    record.contact_person?.phone ?? record.controller.phone,
  ]
    .filter(Boolean)
    .join(", ")
  const header = [
    c.controller,
    c.contact,
    c.purpose,
    c.legalBasis,
    c.legitimateInterest,
    c.dataSubjects,
    c.dataCategories,
    c.dataItems,
    c.recipients,
    c.transfers,
    c.erasureTimeLimits,
    c.securityMeasures,
  ]
  const rows = record.activities.map((activity) => [
    controller,
    contact,
    activity.purpose_label,
    activity.legal_basis_label,
    activity.legitimate_interest ?? "",
    activity.data_subjects.join("; "),
    activity.data_categories.join("; "),
    activity.data_items.join("; "),
    activity.recipients.join("; "),
    activity.transfers.length ? activity.transfers.join("; ") : t.record.noTransfers,
    activity.erasure_time_limits.join(" "),
    activity.security_measures.join(" "),
  ])
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n"
}
