/**
 * For whatever sends marketing e-mail, inside Medusa or outside it:
 *
 *   import { unsubscribeLink } from "medusa-plugin-privacy/unsubscribe"
 *   const { url, headers } = unsubscribeLink(
 *     { customer_id, purpose: "marketing", channel: "email" },
 *     { secret: process.env.PRIVACY_LINK_SECRET, publicUrl: "https://shop.example.com" }
 *   )
 *
 * Inside Medusa, `container.resolve("privacy").unsubscribeLink(target)` uses
 * the plugin's own options.
 */
export { unsubscribeLink, type UnsubscribeLink } from "./modules/privacy/consent/unsubscribe-link"
export {
  signUnsubscribeToken,
  verifyUnsubscribeToken,
  type UnsubscribeTarget,
} from "./modules/privacy/consent/unsubscribe-token"
