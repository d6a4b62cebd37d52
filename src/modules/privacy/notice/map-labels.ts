import { localize } from "../lib/localized"
import {
  DATA_ITEMS,
  DATA_SOURCES,
  type DataMapEntry,
  type DataSource,
  type PurposeDeclaration,
} from "../data-map/types"
import type { PrivacyPluginOptions } from "../lib/options"
import type { DefaultPurpose, NoticeTexts, SoftOptInCountry } from "./texts/types"

/** The distinct values, in the order given by `order` (unknown ones last, as first seen). */
export function uniqueInOrder(order: readonly string[], values: readonly string[]): string[] {
  const distinct = [...new Set(values)]
  const rank = (value: string) => {
    const index = order.indexOf(value)
    return index === -1 ? order.length + distinct.indexOf(value) : index
  }
  return distinct.sort((a, b) => rank(a) - rank(b))
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function purposeLabel(purpose: string, declaration: PurposeDeclaration, language: string, t: NoticeTexts): string {
  return declaration.label ? localize(declaration.label, language) : t.purposes.names[purpose as DefaultPurpose] ?? purpose
}

/** The laws the soft opt-in rests on, for the controller's country and the countries the shop sells to. */
export function softOptInLaws(options: Pick<PrivacyPluginOptions, "salesCountries" | "controller">, t: NoticeTexts): string {
  const countries = [options.controller.country, ...options.salesCountries]
  const laws = [...new Set(countries)]
    .filter((country): country is SoftOptInCountry => country in t.purposes.softOptInLaws)
    .map((country) => t.purposes.softOptInLaws[country])
  return laws.length ? t.purposes.and(laws) : t.purposes.softOptInLawsUnknown
}

export function legitimateInterestText(
  purpose: string,
  declaration: PurposeDeclaration,
  language: string,
  t: NoticeTexts,
  laws: string
): string | undefined {
  if (declaration.legalBasis !== "legitimate_interests") {
    return undefined
  }
  if (declaration.legitimateInterest) {
    return localize(declaration.legitimateInterest, language)
  }
  if (purpose === "existing_customer_marketing") {
    return t.purposes.builtInLegitimateInterests.existing_customer_marketing(laws)
  }
  return purpose === "security" ? t.purposes.builtInLegitimateInterests.security : undefined
}

/** "Maintaining the customer relationship…: performance of a contract with you (GDPR Art. 6(1)(b))". */
export function purposeLine(purpose: string, declaration: PurposeDeclaration, language: string, t: NoticeTexts, laws: string): string {
  const interest = legitimateInterestText(purpose, declaration, language, t, laws)
  const line = `${capitalize(purposeLabel(purpose, declaration, language, t))}: ${t.purposes.bases[declaration.legalBasis]}`
  return interest ? `${line}. ${t.purposes.legitimateInterest(interest)}` : line
}

function itemLabel(entry: Pick<DataMapEntry, "item" | "itemLabel">, language: string, t: NoticeTexts): string {
  if (entry.itemLabel) {
    return localize(entry.itemLabel, language)
  }
  return t.dataContent.items[entry.item as keyof NoticeTexts["dataContent"]["items"]] ?? entry.item
}

/**
 * Items a broader item already names: the register content lists "contact
 * information (postal address and phone number)" once, where orders keep the
 * address and the phone apart because they are kept for different times.
 */
const COVERED_BY: Record<string, string> = { postal_address: "contact_information", phone: "contact_information" }

/** The labels of the distinct data items of the entries, in the notice's order. */
export function dataItemLabels(entries: readonly DataMapEntry[], language: string, t: NoticeTexts, { merge = false } = {}): string[] {
  const present = new Set(entries.map((entry) => entry.item))
  const items = uniqueInOrder(DATA_ITEMS, [...present]).filter((item) => !(merge && COVERED_BY[item] && present.has(COVERED_BY[item])))
  return items.map((item) => itemLabel(entries.find((entry) => entry.item === item)!, language, t))
}

export function sourcesIn(entries: readonly DataMapEntry[]): DataSource[] {
  return uniqueInOrder(DATA_SOURCES, entries.map((entry) => entry.source)) as DataSource[]
}
