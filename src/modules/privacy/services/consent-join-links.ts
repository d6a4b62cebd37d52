import type { PrivacyPluginOptions } from "../lib/options"
import { emailDigest, signJoinToken, verifyJoinToken, type JoinTarget } from "../consent/join-token"

/**
 * The link that joins an earlier consent history (a newsletter sign-up, a
 * guest checkout) to an account registered with the same address. Medusa
 * does not verify addresses, so only the mailbox can say it is the same person.
 */
export class ConsentJoinLinksService {
  protected readonly options_: PrivacyPluginOptions

  constructor({ privacyOptions }: { privacyOptions: PrivacyPluginOptions }) {
    this.options_ = privacyOptions
  }

  consentJoinUrl(customerId: string, email: string): string {
    const { publicUrl, consentJoin } = this.options_.links
    const expires = new Date(Date.now() + this.options_.consent.confirmationExpiryDays * 86_400_000)
    return `${publicUrl}/privacy/consents/join?token=${signJoinToken(customerId, email, expires, consentJoin.signing)}`
  }

  /** The account a genuine, unexpired link joins, with the digest of the address it was sent to. */
  verifyConsentJoinToken(token: unknown): JoinTarget | undefined {
    return verifyJoinToken(token, this.options_.links.consentJoin)
  }

  /** True when `email` is the address the link was sent to. */
  isSameAddress(target: JoinTarget, email: string | null | undefined): boolean {
    return !!email && emailDigest(email) === target.email_digest
  }
}
