import { RECIPIENT_CATEGORIES, type DataMapEntry, type RecipientCategory, type RegisterRole } from "../data-map/types"
import { adequacyDecisionFor } from "../lib/adequacy"
import { isInEea } from "../lib/eea"
import { countryName, localize } from "../lib/localized"
import type { PrivacyPluginOptions } from "../lib/options"
import type { Recipient } from "../lib/options/recipients"
import { uniqueInOrder } from "./map-labels"
import type { NoticeTexts } from "./texts/types"

/** Standard contractual clauses for transfers to third countries (GDPR Art. 46(2)(c)). */
const SCC_ACT = { implementing: true, number: "(EU) 2021/914" }

type Options = Pick<PrivacyPluginOptions, "recipients" | "controller" | "defaultLanguage">

/** An international organisation, or a country outside the EU/EEA: GDPR Chapter V applies. */
export function isTransfer(recipient: Recipient): boolean {
  return recipient.internationalOrganisation !== undefined || !isInEea(recipient.country)
}

/** Where the recipient receives the data: its organisation, or its country, in the reader's language. */
export function placeOf(recipient: Recipient, language: string, t: NoticeTexts): string {
  return recipient.internationalOrganisation
    ? t.transfers.organisations[recipient.internationalOrganisation]
    : countryName(recipient.country, language)
}

/** "Posti Oy, carrier: Delivering orders"; the country only when it is not the controller's. */
export function recipientLine(recipient: Recipient, options: Options, language: string, t: NoticeTexts): string {
  const abroad = recipient.internationalOrganisation !== undefined || recipient.country !== options.controller.country
  return t.disclosures.recipient(
    recipient.name,
    t.disclosures.categoryNames[recipient.category],
    abroad ? placeOf(recipient, language, t) : undefined,
    localize(recipient.purpose, language, options.defaultLanguage)
  )
}

/** "Posti Oy, carrier (Finland)": the record of processing always names the country (Art. 30(1)(d)-(e)). */
export function recordRecipientLine(recipient: Recipient, language: string, t: NoticeTexts): string {
  return `${recipient.name}, ${t.disclosures.categoryNames[recipient.category]} (${placeOf(recipient, language, t)})`
}

/** The registered recipients of a role, in the register's order. */
export function recipientsWithRole(recipients: readonly Recipient[], role: RegisterRole): Recipient[] {
  return recipients.filter((recipient) => recipient.role === role)
}

/** The recipient categories the entries name, in the vocabulary's order. */
export function categoriesOf(entries: readonly DataMapEntry[]): RecipientCategory[] {
  return uniqueInOrder(RECIPIENT_CATEGORIES, entries.flatMap((entry) => entry.recipients)) as RecipientCategory[]
}

/** Categories the entries name that no registered recipient stands for: the notice still names them (Art. 13(1)(e)). */
export function uncoveredCategories(entries: readonly DataMapEntry[], recipients: readonly Recipient[]): RecipientCategory[] {
  const covered = new Set(recipients.map((recipient) => recipient.category))
  return categoriesOf(entries).filter((category) => !covered.has(category))
}

/**
 * The registered recipients of some entries: those of a category the entries
 * name, and those whose category no entry of the map names at all, by the data
 * categories they receive (a recipient the map does not know of still counts).
 */
export function recipientsOf(
  entries: readonly DataMapEntry[],
  allEntries: readonly DataMapEntry[],
  recipients: readonly Recipient[]
): Recipient[] {
  const named = new Set(categoriesOf(entries))
  const mapped = new Set(categoriesOf(allEntries))
  const dataCategories = new Set(entries.map((entry) => entry.category))
  return recipients.filter(
    (recipient) =>
      named.has(recipient.category) ||
      (!mapped.has(recipient.category) && recipient.dataCategories.some((category) => dataCategories.has(category)))
  )
}

/** The Commission act by its number in the reader's language ("Commission Implementing Decision (EU) 2021/1772"), else as the list gives it. */
function actIn(act: string, t: NoticeTexts): string {
  const number = act.match(/\(EU\) \d{4}\/\d+|\d{4}\/\d+\/(?:EU|EC)/)?.[0]
  return number ? t.transfers.act(/Implementing/.test(act), number) : act
}

/** The basis of a transfer in words (GDPR Art. 45-49). */
export function transferBasisText(recipient: Recipient, language: string, defaultLanguage: string, t: NoticeTexts): string {
  const transfer = recipient.transfer!
  const { bases } = t.transfers
  switch (transfer.basis) {
    case "adequacy": {
      const decision = adequacyDecisionFor(recipient.internationalOrganisation ?? recipient.country)
      const text = bases.adequacy(decision ? actIn(decision.act, t) : "")
      return decision?.scope === "dpf_certified" && transfer.dpfCertified ? `${text}; ${bases.dpfCertified}` : text
    }
    case "standard_contractual_clauses":
      return bases.standardContractualClauses(t.transfers.act(SCC_ACT.implementing, SCC_ACT.number))
    case "binding_corporate_rules":
      return bases.bindingCorporateRules
    case "derogation":
      return bases.derogation(transfer.derogation ? localize(transfer.derogation, language, defaultLanguage) : "")
  }
}

/** "Example Ltd: United Kingdom, on the basis of an adequacy decision …", for each recipient outside the EU/EEA. */
export function transferLines(recipients: readonly Recipient[], options: Options, language: string, t: NoticeTexts): string[] {
  return recipients
    .filter((recipient) => isTransfer(recipient) && recipient.transfer)
    .map((recipient) =>
      t.transfers.item(recipient.name, placeOf(recipient, language, t), transferBasisText(recipient, language, options.defaultLanguage, t))
    )
}
