import type { DisclosureRow } from "../../modules/privacy/disclosures/disclosure-store"
import type { RecipientTaskRow } from "../../modules/privacy/disclosures/task-store"
import { adequacyDecisionFor, calendarDay } from "../../modules/privacy/lib/adequacy"
import { isInEea } from "../../modules/privacy/lib/eea"
import { localize } from "../../modules/privacy/lib/localized"
import type { PrivacyPluginOptions } from "../../modules/privacy/lib/options"
import { type Recipient, transferProblem } from "../../modules/privacy/lib/options/recipients"

export function disclosureResponse(row: DisclosureRow) {
  return {
    id: row.id,
    customer_id: row.customer_id,
    recipient_id: row.recipient_id,
    recipient_name: row.recipient_name,
    data_categories: row.data_categories,
    legal_basis: row.legal_basis,
    occasion: row.occasion,
    source_type: row.source_type,
    source_id: row.source_id,
    order_id: row.order_id,
    reference: row.reference,
    legal_reference: row.legal_reference,
    note: row.note,
    disclosed_at: row.disclosed_at,
    actor_type: row.actor_type,
    actor_id: row.actor_id,
    created_at: row.created_at,
  }
}

type TaskWithSources = RecipientTaskRow & { sources: { occasion: string; source_id: string | null; order_id: string | null; disclosed_at: Date }[] }

export function recipientTaskResponse(task: TaskWithSources | RecipientTaskRow, options: PrivacyPluginOptions) {
  return {
    id: task.id,
    recipient_id: task.recipient_id,
    recipient_name: options.recipients.find((recipient) => recipient.id === task.recipient_id)?.name ?? task.recipient_id,
    change: task.change,
    customer_id: task.customer_id,
    request_id: task.request_id,
    status: task.status,
    reason: task.reason,
    sources: "sources" in task ? task.sources : [],
    created_at: task.created_at,
    closed_at: task.closed_at,
    closed_by: task.closed_by,
  }
}

/** A register entry as the dashboard shows it: the transfer basis checked again today, for a server that runs for months. */
export function recipientResponse(recipient: Recipient, options: PrivacyPluginOptions, counts: { disclosed: number; open: number }, today = new Date()) {
  const outside = recipient.internationalOrganisation !== undefined || !isInEea(recipient.country)
  const decision = recipient.transfer?.basis === "adequacy" ? adequacyDecisionFor(recipient.internationalOrganisation ?? recipient.country) : undefined
  return {
    id: recipient.id,
    name: recipient.name,
    role: recipient.role,
    category: recipient.category,
    country: recipient.country,
    international_organisation: recipient.internationalOrganisation ?? null,
    outside_eea: outside,
    data_categories: recipient.dataCategories,
    purpose: localize(recipient.purpose, options.defaultLanguage),
    agreement_date: recipient.agreementDate ?? null,
    privacy_notice_url: recipient.privacyNoticeUrl ?? null,
    providers: recipient.providers,
    transfer: recipient.transfer
      ? {
          basis: recipient.transfer.basis,
          dpf_certified: recipient.transfer.dpfCertified === true,
          derogation: recipient.transfer.derogation ? localize(recipient.transfer.derogation, options.defaultLanguage) : null,
          decision: decision ? { act: decision.act, adopted: decision.adopted, valid_until: decision.validUntil ?? null } : null,
        }
      : null,
    transfer_problem: transferProblem(recipient, options.transfersOutsideEea, calendarDay(today))?.message ?? null,
    disclosures_count: counts.disclosed,
    open_tasks_count: counts.open,
  }
}
