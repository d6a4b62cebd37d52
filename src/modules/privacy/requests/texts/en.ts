import { authorityLines, bullets, calendarParts, paragraphs, phrase } from "./format"
import type { RequestRight, RequestTexts } from "./types"

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

/** "7 April 2026" */
function date(value: string, field: string): string {
  const { year, month, day } = calendarParts(value, field)
  return `${day} ${MONTHS[month - 1]} ${year}`
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

// The headings of the privacy notice (GDPR's own names for the rights).
const RIGHTS: Record<RequestRight, string> = {
  access: "Right of access",
  portability: "Right to data portability",
  rectification: "Right to rectification",
  erasure: "Right to erasure",
  restriction: "Right to restriction of processing",
  objection: "Right to object",
  withdrawal: "Right to withdraw consent",
}

function done(right: RequestRight, partial: boolean): string {
  switch (right) {
    case "access":
      return "we have put together a copy of your personal data, with the information on how we process it."
    case "portability":
      return "the data you have provided to us is included in a structured, commonly used and machine-readable format (JSON), so that you can pass it on to another controller."
    case "rectification":
      return "we have corrected or completed your data as you asked."
    case "erasure":
      return partial ? "we have erased your personal data, except what is listed below." : "we have erased your personal data."
    case "restriction":
      return "we have restricted the processing of your data. While the restriction lasts, we store your data but do not use it for marketing, and we do not erase it. We will tell you before we lift the restriction."
    case "objection":
      return "we have stopped the processing you objected to."
    case "withdrawal":
      return "we have recorded that you withdrew your consent, and we no longer process your data on the basis of it."
  }
}

const COMPLAINT =
  "You have the right to lodge a complaint with a supervisory authority, in particular in the EU or EEA state where you live or work or where the alleged infringement took place (GDPR Art. 77)."
const JUDICIAL_REMEDY = "You also have the right to an effective judicial remedy: you can take the matter to court (GDPR Art. 79)."
const questions = (contact: string) => `If you have any questions, contact ${contact}.`
const rightList = (rights: RequestRight[]) => bullets(rights.map((right) => RIGHTS[right]))

export const en: RequestTexts = {
  rightName: (right) => RIGHTS[right],

  verification: ({ shop, reference, verifyUrl, hours }) => ({
    subject: `Confirm your request to ${shop} (${reference})`,
    text: paragraphs(
      "Hello,",
      `Someone, hopefully you, has made a request about personal data to ${shop} and given this e-mail address (reference ${reference}). If the request is yours, open this link and confirm it on the page that opens:`,
      verifyUrl,
      `The link is valid for ${plural(hours, "hour", "hours")}. We deal with the request only once you have confirmed it.`,
      "If you did not make this request, ignore this e-mail: nothing happens without your confirmation.",
      shop
    ),
  }),

  acknowledgement: ({ shop, reference, receivedOn, due, rights }) => ({
    subject: `Your request to ${shop} has been received (${reference})`,
    text: paragraphs(
      "Hello,",
      `We received your request on ${date(receivedOn, "receivedOn")} and have registered it under reference ${reference}. Your request concerns:`,
      rightList(rights),
      `We will answer without undue delay and by ${date(due, "due")} at the latest. If the request is complex, or we have many requests, we may need up to two further months; we would then tell you before that date, with the reasons (GDPR Art. 12(3)).`,
      `Please quote the reference ${reference} if you contact us about this request.`,
      shop
    ),
  }),

  extension: ({ shop, reference, receivedOn, firstDue, due, reason }) => ({
    subject: `Your request ${reference} to ${shop}: we need more time`,
    text: paragraphs(
      "Hello,",
      `We received your request on ${date(receivedOn, "receivedOn")} (reference ${reference}). We would normally answer by ${date(firstDue, "firstDue")}, but we need more time. The reason:`,
      reason.trim(),
      `The GDPR allows us to extend the period by two further months where this is necessary, taking into account how complex the request is and how many requests we have (Art. 12(3)). We will answer as soon as we can, and by ${date(due, "due")} at the latest.`,
      shop
    ),
  }),

  completion: ({ shop, reference, receivedOn, rights, kept, exportSent, note, contact }) => ({
    subject: `Our answer to your request ${reference} – ${shop}`,
    text: paragraphs(
      "Hello,",
      `We have dealt with your request of ${date(receivedOn, "receivedOn")} (reference ${reference}). This is what we have done:`,
      bullets(rights.map((right) => `${RIGHTS[right]}: ${done(right, kept.length > 0)}`)),
      exportSent && "The link to download your data has been sent to you in a separate e-mail.",
      kept.length > 0 && "We could not erase the following:",
      kept.length > 0 &&
        bullets(kept.map((item) => `${phrase(item.what)}: ${phrase(item.why)}. ${item.until ? `Kept until ${date(item.until, "kept.until")}.` : "Kept until further notice."}`)),
      kept.length > 0 &&
        "We erase or anonymise this data once there is no longer a reason to keep it. If you think we should have erased it, you can lodge a complaint with a supervisory authority or take the matter to court.",
      note?.trim(),
      questions(contact),
      shop
    ),
  }),

  noData: ({ shop, reference, receivedOn, contact }) => ({
    subject: `Our answer to your request ${reference} – ${shop}`,
    text: paragraphs(
      "Hello,",
      `We have dealt with your request of ${date(receivedOn, "receivedOn")} (reference ${reference}). Apart from the record of this request, we hold no personal data about you under the e-mail address or the customer account your request concerned.`,
      `If you have used another e-mail address with us, or believe we hold data about you all the same, contact ${contact}.`,
      shop
    ),
  }),

  refusal: ({ shop, reference, receivedOn, rights, reason, authority, contact }) => ({
    subject: `Your request ${reference} to ${shop} has been refused`,
    text: paragraphs(
      "Hello,",
      `We received your request on ${date(receivedOn, "receivedOn")} (reference ${reference}). Your request concerns:`,
      rightList(rights),
      "We cannot comply with your request. The reason:",
      reason.trim(),
      authority
        ? [`${COMPLAINT} Our supervisory authority is ${authority.name.trim()}.`, ...authorityLines(authority, { address: "Address", website: "Website", email: "E-mail" })].join("\n")
        : COMPLAINT,
      JUDICIAL_REMEDY,
      questions(contact),
      shop
    ),
  }),

  officerReminder: ({ shop, days, dueSoon, overdue }) => {
    const list = (items: { reference: string; due: string }[]) => bullets(items.map((item) => `${item.reference}, due ${date(item.due, "due")}`))
    const within = `within ${plural(days, "day", "days")}`
    return {
      subject: `Privacy requests at ${shop}: ${overdue.length} overdue, ${dueSoon.length} due ${within}`,
      text: paragraphs(
        `Data subject requests at ${shop}.`,
        overdue.length > 0 && `Overdue (${overdue.length}):\n${list(overdue)}`,
        dueSoon.length > 0 && `Due ${within} (${dueSoon.length}):\n${list(dueSoon)}`,
        overdue.length + dueSoon.length === 0 && `No request is overdue or due ${within}.`,
        "The requests are in the dashboard, with their timelines and actions."
      ),
    }
  },
}
