/**
 * The European Commission's adequacy decisions (GDPR Art. 45) in force on
 * the date below, each with the act and the day it was adopted. A decision
 * with `validUntil` lapses after that day unless renewed; the plugin refuses
 * a transfer resting on a decision that has lapsed on the day it checks.
 * Source: the Commission's list "Adequacy decisions" (commission.europa.eu),
 * read for this release.
 */
export const ADEQUACY_LIST_DATE = "2026-11-01"

export type AdequacyDecision = {
  /** ISO 3166-1 alpha-2, or `EPO` for the European Patent Organisation (an international organisation). */
  code: string
  name: string
  act: string
  /** YYYY-MM-DD, or YYYY where only the year is known. */
  adopted: string
  /** The last day the decision applies, where it carries a sunset clause. */
  validUntil?: string
  /** What the decision covers when it does not cover every recipient in the country. */
  scope?: "commercial_organisations" | "dpf_certified"
}

export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  { code: "AD", name: "Andorra", act: "Commission Decision 2010/625/EU", adopted: "2010-10-19" },
  { code: "AR", name: "Argentina", act: "Commission Decision 2003/490/EC", adopted: "2003-06-30" },
  {
    code: "CA",
    name: "Canada",
    act: "Commission Decision 2002/2/EC",
    adopted: "2001-12-20",
    // PIPEDA applies to commercial organisations only.
    scope: "commercial_organisations",
  },
  { code: "FO", name: "Faroe Islands", act: "Commission Decision 2010/146/EU", adopted: "2010-03-05" },
  { code: "GG", name: "Guernsey", act: "Commission Decision 2003/821/EC", adopted: "2003-11-21" },
  { code: "IL", name: "Israel", act: "Commission Decision 2011/61/EU", adopted: "2011-01-31" },
  { code: "IM", name: "Isle of Man", act: "Commission Decision 2004/411/EC", adopted: "2004-04-28" },
  { code: "JP", name: "Japan", act: "Commission Implementing Decision (EU) 2019/419", adopted: "2019-01-23" },
  { code: "JE", name: "Jersey", act: "Commission Decision 2008/393/EC", adopted: "2008-05-08" },
  { code: "NZ", name: "New Zealand", act: "Commission Implementing Decision 2013/65/EU", adopted: "2012-12-19" },
  { code: "KR", name: "Republic of Korea", act: "Commission Implementing Decision (EU) 2022/254", adopted: "2021-12-17" },
  { code: "CH", name: "Switzerland", act: "Commission Decision 2000/518/EC", adopted: "2000-07-26" },
  {
    code: "GB",
    name: "United Kingdom",
    act: "Commission Implementing Decision (EU) 2021/1772, renewed December 2025",
    adopted: "2021-06-28",
    validUntil: "2031-12-27",
  },
  { code: "UY", name: "Uruguay", act: "Commission Implementing Decision 2012/484/EU", adopted: "2012-08-21" },
  // Adopted in 2025; the day and the act's number are not on this list yet, so only the year is given.
  { code: "EPO", name: "European Patent Organisation", act: "Commission Implementing Decision of 2025", adopted: "2025" },
  {
    code: "US",
    name: "United States",
    act: "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
    adopted: "2023-07-10",
    scope: "dpf_certified",
  },
]

const BY_CODE = new Map(ADEQUACY_DECISIONS.map((decision) => [decision.code, decision]))

export function adequacyDecisionFor(code: string): AdequacyDecision | undefined {
  return BY_CODE.get(code.toUpperCase())
}

/** `YYYY-MM-DD` of a day in UTC: adequacy dates are calendar days. */
export function calendarDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
