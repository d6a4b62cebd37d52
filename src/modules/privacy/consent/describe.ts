import type { PrivacyPluginOptions } from "../lib/options"
import type { ConsentChannel } from "../lib/constants"
import { localize } from "../lib/localized"
import { consentTextsFor } from "./texts"

/** "marketing by e-mail", "markedsføring via e-post", or a merchant's own purpose label. */
export function describeConsent(
  options: PrivacyPluginOptions,
  purpose: string,
  channel: ConsentChannel,
  language: string
): string {
  const texts = consentTextsFor(language)
  const configured = options.consent.purposes.find((candidate) => candidate.key === purpose)
  const label = configured?.label ? localize(configured.label, language) : purpose === "marketing" ? texts.marketing : purpose
  return `${label} ${texts.channels[channel]}`
}
