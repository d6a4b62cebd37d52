import { MedusaError } from "@medusajs/framework/utils"
import type { CookieCategory, CookieConsentAction } from "../lib/constants"

/**
 * Whether a choice fits the declaration it names: known categories only,
 * necessary never refused (it needs no consent, so refusing it is a
 * misunderstanding, not a choice), and the action saying what the categories
 * say. Answers what was granted and refused, in the declaration's order.
 */
export function checkChoice(
  offered: readonly CookieCategory[],
  choice: { action: CookieConsentAction; categories: string[]; revision: string },
  currentRevision: string
): { granted: CookieCategory[]; refused: CookieCategory[] } {
  const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
  if (choice.revision !== currentRevision) {
    throw invalid(
      `'revision' ${JSON.stringify(choice.revision)} is not the current revision of the cookie declaration (${currentRevision}): fetch GET /store/privacy/cookies and ask again`
    )
  }
  const unknown = choice.categories.filter((category) => !(offered as readonly string[]).includes(category))
  if (unknown.length) {
    throw invalid(`'categories': ${unknown.map((category) => JSON.stringify(category)).join(", ")} ${unknown.length > 1 ? "are not categories" : "is not a category"} of this shop's declaration (${offered.join(", ")})`)
  }
  if (!choice.categories.includes("necessary")) {
    throw invalid(`'categories' must include "necessary": necessary cookies need no consent and cannot be refused`)
  }
  const granted = offered.filter((category) => choice.categories.includes(category))
  const refused = offered.filter((category) => !granted.includes(category))
  if (choice.action === "accept_all" && refused.length) {
    throw invalid(`'categories' must be every category (${offered.join(", ")}) for 'action' accept_all; use custom for a part of them`)
  }
  if (choice.action === "reject_all" && granted.length > 1) {
    throw invalid(`'categories' must be only "necessary" for 'action' reject_all; use custom to grant some`)
  }
  return { granted, refused }
}

/** The day a choice lapses: as many calendar months later, at the same time of day. */
export function choiceExpiry(now: Date, months: number): Date {
  const expiry = new Date(now)
  const day = expiry.getUTCDate()
  expiry.setUTCDate(1)
  expiry.setUTCMonth(expiry.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, 0)).getUTCDate()
  expiry.setUTCDate(Math.min(day, lastDay))
  return expiry
}
