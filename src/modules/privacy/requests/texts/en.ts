import { bullets, formatDay, listOf } from "./format"
import type { RequestTexts } from "./types"

const day = (value: string) => formatDay(value, "en-GB")

const RIGHTS = {
  access: "access to your personal data",
  portability: "a copy of your data in a portable format",
  rectification: "rectification of your data",
  erasure: "erasure of your data",
  restriction: "restriction of the processing of your data",
  objection: "objection to the processing of your data",
  withdrawal: "withdrawal of your consent",
} as const

const DONE = {
  access: "We have sent you a copy of the personal data we hold about you; the download link comes in a separate e-mail.",
  portability: "The copy is also in a machine-readable format (JSON and CSV) that you can take to another service.",
  rectification: "We have corrected your data as you asked.",
  erasure: "We have erased your personal data.",
  restriction: "We have restricted the processing of your data: we only store it and do not use it, for marketing or otherwise, until the restriction is lifted. We will tell you before we lift it.",
  objection: "We have stopped using your data for direct marketing, on every channel.",
  withdrawal: "We have recorded the withdrawal of your consent; it does not affect processing before the withdrawal.",
} as const

export const en: RequestTexts = {
  rightName: (right) => RIGHTS[right],
  verification: ({ shop, reference, verifyUrl, hours }) => ({
    subject: `Confirm your request to ${shop} (${reference})`,
    text: `Hello,\n\nWe have received a request about your personal data with this e-mail address (reference ${reference}). To make sure the request comes from you, please confirm it by opening this link within ${hours} hours:\n\n${verifyUrl}\n\nIf you did not make this request, ignore this e-mail: nothing will be done.\n\n${shop}`,
  }),
  acknowledgement: ({ shop, reference, receivedOn, due, rights }) => ({
    subject: `We have received your request (${reference})`,
    text: `Hello,\n\nWe received your request for ${listOf(rights.map((right) => RIGHTS[right]), "and")} on ${day(receivedOn)}, reference ${reference}. We will answer it by ${day(due)} at the latest (GDPR Art. 12(3)).\n\n${shop}`,
  }),
  extension: ({ shop, reference, receivedOn, firstDue, due, reason }) => ({
    subject: `More time needed for your request (${reference})`,
    text: `Hello,\n\nWe received your request ${reference} on ${day(receivedOn)}. We cannot answer it by ${day(firstDue)} and are extending the time to answer by two months, as GDPR Art. 12(3) allows, for this reason:\n\n${reason}\n\nWe will answer by ${day(due)} at the latest.\n\n${shop}`,
  }),
  completion: ({ shop, reference, receivedOn, rights, kept, exportSent, note, contact }) => {
    const done = rights.filter((right) => right !== "access" || exportSent).map((right) => DONE[right])
    const keptText = kept.length
      ? `\n\nSome data we must keep:\n${bullets(kept.map((item) => `${item.what}: ${item.why}, ${item.until ? `until ${day(item.until)}` : "until further notice"}`))}`
      : ""
    return {
      subject: `Answer to your request (${reference})`,
      text: `Hello,\n\nThis is our answer to your request ${reference} of ${day(receivedOn)}.\n\n${done.join("\n")}${keptText}${note ? `\n\n${note}` : ""}\n\nIf you have questions, write to ${contact}.\n\n${shop}`,
    }
  },
  noData: ({ shop, reference, receivedOn, contact }) => ({
    subject: `Answer to your request (${reference})`,
    text: `Hello,\n\nThis is our answer to your request ${reference} of ${day(receivedOn)}: we hold no personal data about you under this e-mail address.\n\nIf you have questions, write to ${contact}.\n\n${shop}`,
  }),
  refusal: ({ shop, reference, receivedOn, rights, reason, authority, contact }) => {
    const where = authority ? `${authority.name}${authority.address ? `, ${authority.address}` : ""}${authority.website ? `, ${authority.website}` : ""}` : "the data protection authority of your country"
    return {
      subject: `Answer to your request (${reference})`,
      text: `Hello,\n\nWe cannot grant your request ${reference} of ${day(receivedOn)} for ${listOf(rights.map((right) => RIGHTS[right]), "and")}, for this reason:\n\n${reason}\n\nYou have the right to lodge a complaint with a supervisory authority, ${where}, and the right to seek a judicial remedy before a court (GDPR Art. 12(4), 77 and 79).\n\nIf you have questions, write to ${contact}.\n\n${shop}`,
    }
  },
  officerReminder: ({ shop, days, dueSoon, overdue }) => ({
    subject: `${shop}: ${overdue.length} overdue and ${dueSoon.length} due privacy requests`,
    text: [
      overdue.length ? `Overdue:\n${bullets(overdue.map((row) => `${row.reference}, due ${day(row.due)}`))}` : "",
      dueSoon.length ? `Due within ${days} days:\n${bullets(dueSoon.map((row) => `${row.reference}, due ${day(row.due)}`))}` : "",
      "Open Privacy → Requests in the dashboard to answer them.",
    ].filter(Boolean).join("\n\n"),
  }),
}
