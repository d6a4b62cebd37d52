import type { PrivacyPluginOptions } from "../lib/options"
import { verifyUnsubscribeToken, type UnsubscribeTarget } from "../consent/unsubscribe-token"
import { unsubscribeLink, type UnsubscribeLink } from "../consent/unsubscribe-link"

/** Signed unsubscribe links, with the unsubscribe keys and public address from the options. */
export class UnsubscribeLinksService {
  protected readonly options_: PrivacyPluginOptions

  constructor({ privacyOptions }: { privacyOptions: PrivacyPluginOptions }) {
    this.options_ = privacyOptions
  }

  /**
   * The link and the RFC 2369 / RFC 8058 headers for a marketing message, so
   * any mail sender can offer one-click unsubscribe.
   */
  unsubscribeLink(target: UnsubscribeTarget): UnsubscribeLink {
    const { publicUrl, unsubscribe } = this.options_.links
    return unsubscribeLink(target, { publicUrl, key: unsubscribe.signing })
  }

  verifyUnsubscribeToken(token: unknown): UnsubscribeTarget | undefined {
    return verifyUnsubscribeToken(token, this.options_.links.unsubscribe)
  }
}
