import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { sendRequestAnswer } from "../requests/answer-mail"

/**
 * The person hears of their request in their language: the verification
 * link for one from the public form, the acknowledgement once verified, an
 * extension with its reasons, and the answer (Art. 12(3)-(4)).
 */
export default async function requestAnswersHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendRequestAnswer(container, event.data.id, event.name)
}

export const config: SubscriberConfig = {
  event: [
    PrivacyEvents.REQUEST_CREATED,
    PrivacyEvents.REQUEST_VERIFIED,
    PrivacyEvents.REQUEST_EXTENDED,
    PrivacyEvents.REQUEST_COMPLETED,
    PrivacyEvents.REQUEST_REFUSED,
  ],
  context: { subscriberId: "privacy-request-answers" },
}
