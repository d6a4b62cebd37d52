import { model } from "@medusajs/framework/utils"
import { COOKIE_CONSENT_ACTIONS } from "../lib/constants"

/**
 * One visitor's cookie choice as the banner recorded it (ekomloven, 917/2014
 * § 205, GDPR Art. 7(1)): the browser's consent id, the action, what was
 * granted and refused of the declaration's revision shown, when, until when,
 * and where from (a truncated address and a coarse user agent). Written once;
 * a new choice is a new row, so the history is the proof.
 */
const CookieConsent = model
  .define("privacy_cookie_consent", {
    id: model.id({ prefix: "pckc" }).primaryKey(),
    /** A random UUID the visitor's browser keeps in the banner's cookie. */
    consent_id: model.text(),
    /** The signed-in customer who chose, if any: the record then goes with their export and erasure. */
    customer_id: model.text().nullable(),
    action: model.enum([...COOKIE_CONSENT_ACTIONS]),
    granted: model.json(),
    refused: model.json(),
    revision: model.text(),
    language: model.text(),
    ip_prefix: model.text().nullable(),
    user_agent: model.text().nullable(),
    expires_at: model.dateTime(),
  })
  .indexes([
    { on: ["consent_id", "created_at"] },
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
    // The daily run deletes by age (the choice's months and the proof years counted from creation).
    { on: ["created_at"] },
  ])

export default CookieConsent
