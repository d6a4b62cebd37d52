import { bookkeepingPeriod, financialYearEndOf } from "../bookkeeping-period"

const at = (iso: string) => new Date(`${iso}T12:00:00Z`)

describe("bookkeeping periods, against worked examples", () => {
  it("FI, Kirjanpitolaki 2:10: six years from the end of the calendar year in which the financial year ended", () => {
    // The act's own example: financial year 1.5.2016-30.4.2017, vouchers kept to 31.12.2023.
    expect(bookkeepingPeriod(at("2016-06-10"), { jurisdiction: "FI", financialYearEnd: "04-30" })).toEqual({
      financial_year_end: "2017-04-30",
      kept_until: "2023-12-31",
      release_at: new Date("2024-01-01T00:00:00Z"),
    })
    // Calendar year: a sale in March 2020 is kept to the end of 2026.
    expect(bookkeepingPeriod(at("2020-03-15"), { jurisdiction: "FI", financialYearEnd: "12-31" }).kept_until).toBe("2026-12-31")
    // The last day of a financial year belongs to it; the next day starts the next one.
    expect(bookkeepingPeriod(at("2017-04-30"), { jurisdiction: "FI", financialYearEnd: "04-30" }).kept_until).toBe("2023-12-31")
    expect(bookkeepingPeriod(at("2017-05-01"), { jurisdiction: "FI", financialYearEnd: "04-30" }).kept_until).toBe("2024-12-31")
  })

  it("NO, bokføringsloven § 13: five years after the end of the financial year", () => {
    expect(bookkeepingPeriod(at("2020-03-15"), { jurisdiction: "NO", financialYearEnd: "12-31" })).toEqual({
      financial_year_end: "2020-12-31",
      kept_until: "2025-12-31",
      release_at: new Date("2026-01-01T00:00:00Z"),
    })
    // A financial year ending 30 June: a sale in August 2020 belongs to the year ending 30.6.2021.
    expect(bookkeepingPeriod(at("2020-08-01"), { jurisdiction: "NO", financialYearEnd: "06-30" })).toEqual({
      financial_year_end: "2021-06-30",
      kept_until: "2026-06-30",
      release_at: new Date("2026-07-01T00:00:00Z"),
    })
    expect(bookkeepingPeriod(at("2021-06-30"), { jurisdiction: "NO", financialYearEnd: "06-30" }).kept_until).toBe("2026-06-30")
  })

  it("SE, DK and an explicit number of years", () => {
    expect(bookkeepingPeriod(at("2020-03-15"), { jurisdiction: "SE", financialYearEnd: "12-31" }).kept_until).toBe("2027-12-31")
    expect(bookkeepingPeriod(at("2020-03-15"), { jurisdiction: "DK", financialYearEnd: "12-31" }).kept_until).toBe("2025-12-31")
    // Years override the jurisdiction.
    expect(bookkeepingPeriod(at("2020-08-01"), { jurisdiction: "FI", years: 10, financialYearEnd: "06-30" }).kept_until).toBe("2031-06-30")
  })

  it("finds the financial year a day belongs to", () => {
    expect(financialYearEndOf(at("2024-02-29"), "03-31").toISOString().slice(0, 10)).toBe("2024-03-31")
    expect(financialYearEndOf(at("2024-12-31"), "12-31").toISOString().slice(0, 10)).toBe("2024-12-31")
    expect(financialYearEndOf(at("2025-01-01"), "12-31").toISOString().slice(0, 10)).toBe("2025-12-31")
  })
})
