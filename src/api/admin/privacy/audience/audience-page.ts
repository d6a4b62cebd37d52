import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type { ConsentChannel } from "../../../../modules/privacy/lib/constants"
import type PrivacyModuleService from "../../../../modules/privacy/service"

export type AudienceMember = {
  customer_id: string | null
  /** The consent subject, for people without an account. */
  subject_id: string
  email: string | null
  /** For SMS and phone audiences: the customer's phone number. */
  phone?: string | null
  language: string | null
  unsubscribe_url: string
  consented_at: Date
}

/**
 * One page of people opted in, each with their own unsubscribe link. For
 * e-mail, one query: the consent subject holds the address the consent is
 * for, kept equal to the customer's e-mail (see the customer-updated
 * subscriber). SMS and phone lists add the customers' phone numbers.
 */
export async function audiencePage(
  scope: MedusaContainer,
  { purpose, channel, after, limit }: { purpose: string; channel: ConsentChannel; after?: string; limit: number }
): Promise<{ members: AudienceMember[]; last: string | null; more: boolean }> {
  const privacy = scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  // One row more than asked tells whether another page follows.
  const fetched = await privacy.listAudience({ purpose, channel, after, limit: limit + 1 })
  const more = fetched.length > limit
  const rows = more ? fetched.slice(0, limit) : fetched
  const phones = channel === "sms" || channel === "phone" ? await phonesOf(scope, rows) : undefined
  const members = rows.map((row): AudienceMember => ({
    customer_id: row.customer_id,
    subject_id: row.subject_id,
    email: row.email,
    ...(phones ? { phone: (row.customer_id && phones.get(row.customer_id)) || null } : {}),
    language: row.language,
    unsubscribe_url: privacy.unsubscribeLink(
      row.customer_id ? { customer_id: row.customer_id, purpose, channel } : { subject_id: row.subject_id, purpose, channel }
    ).url,
    consented_at: row.consented_at,
  }))
  return { members, last: rows.length ? rows[rows.length - 1].subject_id : null, more }
}

async function phonesOf(scope: MedusaContainer, rows: { customer_id: string | null }[]): Promise<Map<string, string>> {
  const ids = rows.flatMap((row) => (row.customer_id ? [row.customer_id] : []))
  if (!ids.length) {
    return new Map()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "phone"], filters: { id: ids } })
  return new Map(data.flatMap((customer) => (customer.phone ? [[customer.id, customer.phone as string]] : [])))
}
