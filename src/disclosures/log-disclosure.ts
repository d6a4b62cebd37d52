import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type { DisclosureInput } from "../modules/privacy/disclosures/disclosure-store"
import { AUTOMATIC_DISCLOSURES } from "../modules/privacy/lib/disclosures"
import { type ProviderKind, recipientForProvider } from "../modules/privacy/lib/options/recipients"
import type PrivacyModuleService from "../modules/privacy/service"

type AutomaticOccasion = keyof typeof AUTOMATIC_DISCLOSURES

export type HandOver = {
  provider: { kind: ProviderKind; id: string | null | undefined }
  occasion: AutomaticOccasion
  customer_id?: string | null
  subject_id?: string | null
  source: { type: string; id: string }
  order_id?: string | null
  at?: Date | string | null
}

/**
 * Logs that Medusa handed a person's data to the recipient behind a provider.
 * Runs in subscribers, after the checkout or fulfillment that caused it has
 * answered: a failure here is logged (without the person) and never reaches
 * the flow that handed the data over. A provider no recipient stands behind,
 * or a hand-over without a known person, logs nothing.
 */
export async function logHandOver(container: MedusaContainer, handOver: HandOver): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const recipient = handOver.provider.id
      ? recipientForProvider(privacy.getOptions().recipients, handOver.provider.kind, handOver.provider.id)
      : undefined
    if (!recipient || (!handOver.customer_id && !handOver.subject_id)) {
      return
    }
    const { categories, legalBasis } = AUTOMATIC_DISCLOSURES[handOver.occasion]
    const input: DisclosureInput = {
      customer_id: handOver.customer_id ?? null,
      subject_id: handOver.subject_id ?? null,
      recipient_id: recipient.id,
      recipient_name: recipient.name,
      data_categories: categories,
      legal_basis: legalBasis,
      occasion: handOver.occasion,
      source_type: handOver.source.type,
      source_id: handOver.source.id,
      order_id: handOver.order_id ?? null,
      disclosed_at: handOver.at ? new Date(handOver.at) : new Date(),
      actor_type: "system",
    }
    await privacy.recordDisclosures([input])
  } catch (error) {
    logger.error(`privacy: the ${handOver.occasion} disclosure of ${handOver.source.type} ${handOver.source.id} was not logged: ${(error as Error).name}`)
  }
}
