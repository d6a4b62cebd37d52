import type { SectionId } from "./texts/types"

/**
 * Where each section of the notice comes from: the GDPR article that requires
 * it (Art. 13(1)-(2) and the articles on each right), the national law behind
 * a default, and the clause of the shop's own register description (the old
 * Finnish format of 523/1999 § 10) it carries over. A section without a
 * source has no place in the notice; the tests hold every section to this.
 */
export const SECTION_SOURCES: Record<SectionId, readonly string[]> = {
  controller: ["GDPR Art. 13(1)(a)", "policy clause 1"],
  contact_person: ["GDPR Art. 13(1)(a)", "Personal Data Act 523/1999 § 10 (contact person)", "policy clause 1"],
  dpo: ["GDPR Art. 13(1)(b)", "GDPR Art. 37-39"],
  register_name: ["Personal Data Act 523/1999 § 10 (name of the register)", "policy clause 2"],
  purposes: ["GDPR Art. 13(1)(c)", "GDPR Art. 13(1)(d)", "GDPR Art. 6(1)", "GDPR Art. 7(1)", "GDPR Art. 5(2)", "markedsføringsloven § 15", "917/2014 § 200", "policy clause 3"],
  data_content: ["GDPR Art. 14(1)(d)", "GDPR Art. 30(1)(c)", "policy clause 4"],
  sources: ["GDPR Art. 14(2)(f)", "GDPR Art. 15(1)(g)", "policy clause 5"],
  disclosures: ["GDPR Art. 13(1)(e)", "GDPR Art. 4(9)-(10)", "GDPR Art. 28", "CJEU C-154/21", "policy clause 6"],
  transfers: ["GDPR Art. 13(1)(f)", "GDPR Art. 44-49", "Commission Implementing Decision (EU) 2021/914", "policy clause 7"],
  storage: [
    "GDPR Art. 13(2)(a)",
    "GDPR Art. 5(1)(e)",
    "GDPR Art. 17(3)(b)",
    "Kirjanpitolaki 2:10",
    "bokføringsloven § 13",
    "bokföringslagen 7:2",
    "bogføringsloven",
    "policy clause 8",
  ],
  cookies: ["917/2014 § 205", "ekomloven (cookies)", "GDPR Art. 7", "policy clause 9"],
  security: ["GDPR Art. 32", "policy clause 10"],
  access: ["GDPR Art. 13(2)(b)", "GDPR Art. 15", "GDPR Art. 12(3)", "EDPB Guidelines 01/2022", "policy clause 11"],
  rectification: ["GDPR Art. 13(2)(b)", "GDPR Art. 16", "policy clause 12"],
  marketing_objection: ["GDPR Art. 13(2)(b)", "GDPR Art. 21(2)-(4)", "markedsføringsloven § 15", "917/2014 § 200", "policy clause 13"],
  erasure: ["GDPR Art. 13(2)(b)", "GDPR Art. 17", "GDPR Art. 17(3)(b)"],
  restriction: ["GDPR Art. 13(2)(b)", "GDPR Art. 18"],
  objection: ["GDPR Art. 13(2)(b)", "GDPR Art. 21(1)"],
  portability: ["GDPR Art. 13(2)(b)", "GDPR Art. 20"],
  consent_withdrawal: ["GDPR Art. 13(2)(c)", "GDPR Art. 7(3)"],
  complaint: ["GDPR Art. 13(2)(d)", "GDPR Art. 77", "GDPR Art. 51"],
  automated_decisions: ["GDPR Art. 13(2)(f)", "GDPR Art. 22"],
  provision_requirement: ["GDPR Art. 13(2)(e)"],
}
