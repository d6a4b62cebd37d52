import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { ConsentSubjectRef, RecordConsentInput } from "../../modules/privacy/service"
import type { RecordConsentWorkflowInput } from "../record-consent"
import { normalizeEmail } from "../../modules/privacy/consent/rules"

/**
 * Completes a consent record: the customer's e-mail (so a later registration
 * with it can join the history), the language, and the version of the
 * privacy notice in that language when the caller did not say which was shown.
 */
export const prepareConsentRecordStep = createStep(
  "prepare-consent-record",
  async (input: RecordConsentWorkflowInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    let subject: ConsentSubjectRef = input.subject
    let language = input.language ?? null

    if ("customer_id" in subject) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [customer] } = await query.graph({
        entity: "customer",
        fields: ["email", "privacy_profile.language"],
        filters: { id: subject.customer_id },
      })
      language ??= (customer as { privacy_profile?: { language?: string } } | undefined)?.privacy_profile?.language ?? null
      subject = { customer_id: subject.customer_id, email: customer?.email ?? null, language }
    } else if ("email" in subject) {
      // A registered customer's address is that customer's ledger, never a second subscriber beside it.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [customer] } = await query.graph({
        entity: "customer",
        fields: ["id"],
        filters: { email: normalizeEmail(subject.email), has_account: true },
      })
      subject = customer ? { customer_id: customer.id, email: subject.email, language } : { email: subject.email, language }
    }

    const notice = privacy.getNotice(language ?? undefined)
    const record: RecordConsentInput = {
      subject,
      purpose: input.purpose,
      channel: input.channel,
      action: input.granted ? "granted" : "withdrawn",
      source: input.source,
      actor: input.actor,
      notice_version: input.notice_version ?? notice.version,
      notice_language: input.notice_version ? language : notice.language,
      note: input.note ?? null,
      ip_prefix: input.request?.ip_prefix ?? null,
      user_agent: input.request?.user_agent ?? null,
    }
    return new StepResponse(record)
  }
)
