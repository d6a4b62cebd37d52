import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type { ConsentChannel } from "../../../../modules/privacy/lib/constants"
import type PrivacyModuleService from "../../../../modules/privacy/service"

export type AudienceMember = {
  customer_id: string | null
  email: string
  language: string | null
  unsubscribe_url: string
  consented_at: Date
}

/**
 * One page of people opted in, each with their own unsubscribe link. A
 * customer's e-mail is read from the customer module (one query per page);
 * a subscriber without an account has theirs on the consent subject.
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
  const customerIds = rows.flatMap((row) => (row.customer_id ? [row.customer_id] : []))
  const emails = new Map<string, string>()
  if (customerIds.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerIds } })
    for (const customer of data) {
      if (customer.email) {
        emails.set(customer.id, customer.email)
      }
    }
  }
  const members = rows.flatMap((row): AudienceMember[] => {
    const email = row.customer_id ? emails.get(row.customer_id) : row.email
    if (!email) {
      return []
    }
    const target = row.customer_id
      ? { customer_id: row.customer_id, purpose, channel }
      : { subject_id: row.subject_id, purpose, channel }
    return [
      {
        customer_id: row.customer_id,
        email,
        language: row.language,
        unsubscribe_url: privacy.unsubscribeLink(target).url,
        consented_at: row.consented_at,
      },
    ]
  })
  return { members, last: rows.length ? rows[rows.length - 1].subject_id : null, more }
}
