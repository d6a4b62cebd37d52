import type { KeptItem, RequestTexts } from "./types"
import type { KeptRecord } from "../apply-action"
export type * from "./types"

const en: RequestTexts = {
  rightName: (right) => right,
  verification: ({ shop, reference, verifyUrl, hours }) => ({ subject: `Confirm your request ${reference} to ${shop}`, text: `${verifyUrl} ${hours}` }),
  acknowledgement: ({ shop, reference, due }) => ({ subject: `We received your request ${reference}`, text: `${shop} ${due}` }),
  extension: ({ shop, reference, due, reason }) => ({ subject: `Request ${reference} extended`, text: `${shop} ${due} ${reason}` }),
  completion: ({ shop, reference, kept }) => ({ subject: `Request ${reference} answered`, text: `${shop} ${kept.map((item) => `${item.what} ${item.why} ${item.until}`).join("\n")}` }),
  noData: ({ shop, reference }) => ({ subject: `Request ${reference}: no data held`, text: shop }),
  refusal: ({ shop, reference, reason, authority }) => ({ subject: `Request ${reference} refused`, text: `${shop} ${reason} ${authority?.name}` }),
  officerReminder: ({ shop, dueSoon, overdue }) => ({ subject: `${shop}: requests due`, text: [...dueSoon, ...overdue].map((row) => `${row.reference} ${row.due}`).join("\n") }),
}

export function requestTextsFor(language: string): RequestTexts {
  void language
  return en
}

export function keptItemText(texts: RequestTexts, item: KeptRecord): KeptItem {
  void texts
  return { what: item.kind + (item.order ? ` #${item.order}` : ""), why: item.kind, until: item.until }
}
