import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { AUTOMATIC_DISCLOSURES } from "../../../../modules/privacy/lib/disclosures"
import type { Recipient } from "../../../../modules/privacy/lib/options/recipients"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import type { AudienceMember } from "./audience-page"

/**
 * Logs each page of an audience download as disclosures to the e-mail tool
 * it goes to, after the page is sent and in order, without holding the
 * download up: a failure is logged and the list still reaches staff.
 */
export function audienceDisclosureLog(scope: MedusaContainer, recipient: Recipient, download: { id: string; actor_id: string | null }) {
  const privacy = scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
  const { categories, legalBasis } = AUTOMATIC_DISCLOSURES.audience_download
  let queue = Promise.resolve()
  return {
    add(members: AudienceMember[]) {
      if (!members.length) {
        return
      }
      const at = new Date()
      const rows = members.map((member) => ({
        customer_id: member.customer_id,
        subject_id: member.customer_id ? null : member.subject_id,
        recipient_id: recipient.id,
        recipient_name: recipient.name,
        data_categories: categories,
        legal_basis: legalBasis,
        occasion: "audience_download" as const,
        source_type: "audience_download",
        source_id: download.id,
        disclosed_at: at,
        actor_type: "user" as const,
        actor_id: download.actor_id,
      }))
      queue = queue.then(
        () => privacy.recordDisclosures(rows).then(() => undefined),
        () => undefined
      ).catch((error: Error) => logger.error(`privacy: an audience download ${download.id} was not logged as disclosures: ${error.name}`))
    },
    /** Resolves when every page given so far is logged (tests and shutdown wait on it). */
    settled: () => queue,
  }
}
