/** A plain-text e-mail, the shape the plugin's other mails hand to the Notification Module. */
export type Mail = { subject: string; text: string }

export type RequestRight = "access" | "portability" | "rectification" | "erasure" | "restriction" | "objection" | "withdrawal"

/** What erasure could not remove: phrases already in the reader's language; `until` is YYYY-MM-DD, or null for "until further notice". */
export type KeptItem = { what: string; why: string; until: string | null }

/** The supervisory authority a refusal names (Art. 12(4)), in the reader's language. */
export type Authority = { name: string; address?: string; website?: string; email?: string }

/** Every date below is a calendar day, `YYYY-MM-DD`. */
export type RequestTexts = {
  rightName(right: RequestRight): string
  /** The link an account-less person follows to confirm the request came from their mailbox. */
  verification(input: { shop: string; reference: string; verifyUrl: string; hours: number }): Mail
  /** Sent when a request is recorded and verified: received on, due by. */
  acknowledgement(input: { shop: string; reference: string; receivedOn: string; due: string; rights: RequestRight[] }): Mail
  /** Art. 12(3): the two further months, with the reasons, sent before the first due date. */
  extension(input: { shop: string; reference: string; receivedOn: string; firstDue: string; due: string; reason: string }): Mail
  /** The answer: per right what was done; `kept` lists what erasure could not remove (a partial answer); `exportSent` when a download link went out separately. */
  completion(input: {
    shop: string
    reference: string
    receivedOn: string
    rights: RequestRight[]
    kept: KeptItem[]
    exportSent: boolean
    note?: string | null
    contact: string
  }): Mail
  /** No data held under the address or account. */
  noData(input: { shop: string; reference: string; receivedOn: string; contact: string }): Mail
  /** Art. 12(4): the reasons, the complaint to a supervisory authority and the judicial remedy. */
  refusal(input: {
    shop: string
    reference: string
    receivedOn: string
    rights: RequestRight[]
    reason: string
    authority: Authority | null
    contact: string
  }): Mail
  /** For privacy officers: requests due within `days` days and overdue ones, with references and due dates. */
  officerReminder(input: { shop: string; days: number; dueSoon: { reference: string; due: string }[]; overdue: { reference: string; due: string }[] }): Mail
}
