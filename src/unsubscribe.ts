/**
 * For whatever sends marketing e-mail, inside Medusa or outside it. Give the
 * e-mail tool the unsubscribe key only, never linkSecret (which also makes
 * download links):
 *
 *   // once, where linkSecret is known:
 *   unsubscribeKey(process.env.PRIVACY_LINK_SECRET)            // "1.3f9c…"
 *   // in the e-mail tool:
 *   import { unsubscribeLink } from "medusa-plugin-privacy/unsubscribe"
 *   const { url, headers } = unsubscribeLink(
 *     { customer_id, purpose: "marketing", channel: "email" },
 *     { key: process.env.PRIVACY_UNSUBSCRIBE_KEY, publicUrl: "https://shop.example.com" }
 *   )
 *
 * Inside Medusa, `container.resolve("privacy").unsubscribeLink(target)` uses
 * the plugin's own options.
 */
import { deriveLinkKey, formatLinkKey } from "./modules/privacy/lib/link-keys"

export { unsubscribeLink, type UnsubscribeLink, type UnsubscribeSigner } from "./modules/privacy/consent/unsubscribe-link"
export {
  signUnsubscribeToken,
  verifyUnsubscribeToken,
  type UnsubscribeTarget,
} from "./modules/privacy/consent/unsubscribe-token"

/** The unsubscribe key of a link secret (`linkSecret` is id "1"; with `linkSecrets`, the newest's id). */
export function unsubscribeKey(secret: string, id = "1"): string {
  return formatLinkKey(deriveLinkKey({ id, secret }, "unsubscribe"))
}
