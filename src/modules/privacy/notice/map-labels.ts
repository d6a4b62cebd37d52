import { localize } from "../lib/localized"
import {
  DATA_ITEMS,
  DATA_SOURCES,
  type DataMapEntry,
  type DataSource,
  type PurposeDeclaration,
  type RecipientDeclaration,
} from "../data-map/types"
import type { DefaultPurpose, DefaultRecipient, NoticeTexts } from "./texts/types"

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

export function legitimateInterestText(
  purpose: string,
  declaration: PurposeDeclaration,
  language: string,
  t: NoticeTexts
): string | undefined {
  if (declaration.legalBasis !== "legitimate_interests") {
    return undefined
  }
  return declaration.legitimateInterest
    ? localize(declaration.legitimateInterest, language)
    : t.purposes.builtInLegitimateInterests[purpose as "security"]
}

/** "Maintaining the customer relationship…: performance of a contract (GDPR Art. 6(1)(b))". */
export function purposeLine(purpose: string, declaration: PurposeDeclaration, language: string, t: NoticeTexts): string {
  const interest = legitimateInterestText(purpose, declaration, language, t)
  const line = `${capitalize(purposeLabel(purpose, declaration, language, t))}: ${t.purposes.bases[declaration.legalBasis]}`
  return interest ? `${line}. ${t.purposes.legitimateInterest(interest)}` : line
}

export function recipientLabel(
  recipient: string,
  declaration: RecipientDeclaration | undefined,
  language: string,
  t: NoticeTexts
): string {
  return declaration?.label
    ? localize(declaration.label, language)
    : t.disclosures.recipients[recipient as DefaultRecipient] ?? recipient
}

function itemLabel(entry: Pick<DataMapEntry, "item" | "itemLabel">, language: string, t: NoticeTexts): string {
  if (entry.itemLabel) {
    return localize(entry.itemLabel, language)
  }
  return t.dataContent.items[entry.item as keyof NoticeTexts["dataContent"]["items"]] ?? entry.item
}

/** The labels of the distinct data items of the entries, in the notice's order. */
export function dataItemLabels(entries: readonly DataMapEntry[], language: string, t: NoticeTexts): string[] {
  const items = uniqueInOrder(DATA_ITEMS, entries.map((entry) => entry.item))
  return items.map((item) => itemLabel(entries.find((entry) => entry.item === item)!, language, t))
}

export function sourcesIn(entries: readonly DataMapEntry[]): DataSource[] {
  return uniqueInOrder(DATA_SOURCES, entries.map((entry) => entry.source)) as DataSource[]
}
