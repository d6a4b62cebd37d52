import { textsFor } from "../notice/texts"
import type { ProcessingRecord } from "./build-record"

/**
 * RFC 4180 field: quoted when it holds a separator, a quote or a line break.
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first) gets a leading apostrophe, so option values cannot
 * smuggle formulas into the file.
 */
export function csvField(value: string): string {
  // A plain number (-5, 12.50) cannot be a formula and keeps its value.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The record as CSV, one row per purpose, lists joined with "; ", for spreadsheets and authorities. */
export function processingRecordCsv(record: ProcessingRecord): string {
  const t = textsFor(record.language)!
  const c = t.record.columns
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(", ")
  const controller = join(record.controller.name, record.controller.address, record.controller.businessId, record.controller.vatId)
  const controllerContact = join(record.controller.email, record.controller.phone)
  const contactPerson = record.contact_person
    ? join(record.contact_person.name, record.contact_person.email, record.contact_person.phone)
    : ""
  const dpo = record.dpo ? join(record.dpo.name, record.dpo.email, record.dpo.phone) : t.record.noDpo
  const header = [
    c.controller,
    c.controllerContact,
    c.contactPerson,
    c.dpo,
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
    controllerContact,
    contactPerson,
    dpo,
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
