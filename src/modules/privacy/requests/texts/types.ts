export type RequestRight = "access" | "portability" | "rectification" | "erasure" | "restriction" | "objection" | "withdrawal"
export type KeptItem = { what: string; why: string; until: string | null }
export type Authority = { name: string; address?: string; website?: string; email?: string }
export type Mail = { subject: string; text: string }
export type RequestTexts = {
  rightName(right: RequestRight): string
  verification(input: { shop: string; reference: string; verifyUrl: string; hours: number }): Mail
  acknowledgement(input: { shop: string; reference: string; receivedOn: string; due: string; rights: RequestRight[] }): Mail
  extension(input: { shop: string; reference: string; receivedOn: string; firstDue: string; due: string; reason: string }): Mail
  completion(input: { shop: string; reference: string; receivedOn: string; rights: RequestRight[]; kept: KeptItem[]; exportSent: boolean; note?: string | null; contact: string }): Mail
  noData(input: { shop: string; reference: string; receivedOn: string; contact: string }): Mail
  refusal(input: { shop: string; reference: string; receivedOn: string; rights: RequestRight[]; reason: string; authority: Authority | null; contact: string }): Mail
  officerReminder(input: { shop: string; days: number; dueSoon: { reference: string; due: string }[]; overdue: { reference: string; due: string }[] }): Mail
}
