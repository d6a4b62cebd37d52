import { easterSunday } from "../easter"
import { publicHolidays } from "../holidays"

const datesOf = (country: "FI" | "NO" | "SE" | "DK", year: number) =>
  Object.fromEntries(publicHolidays(country, year).map((day) => [day.name, day.date]))

describe("Easter by the Gregorian computus", () => {
  it("matches the published dates", () => {
    expect(easterSunday(2008)).toBe("2008-03-23")
    expect(easterSunday(2019)).toBe("2019-04-21")
    expect(easterSunday(2024)).toBe("2024-03-31")
    expect(easterSunday(2025)).toBe("2025-04-20")
    expect(easterSunday(2026)).toBe("2026-04-05")
    expect(easterSunday(2027)).toBe("2027-03-28")
    expect(easterSunday(2030)).toBe("2030-04-21")
  })

  it("reaches the limits of 22 March and 25 April", () => {
    expect(easterSunday(2285)).toBe("2285-03-22")
    expect(easterSunday(2038)).toBe("2038-04-25")
  })
})

describe("public holidays", () => {
  it("Finland 2026: movable feasts, Saturday Midsummer and All Saints, the two eves closed for periods", () => {
    const days = publicHolidays("FI", 2026)
    expect(datesOf("FI", 2026)).toEqual({
      "New Year's Day": "2026-01-01",
      Epiphany: "2026-01-06",
      "Good Friday": "2026-04-03",
      "Easter Sunday": "2026-04-05",
      "Easter Monday": "2026-04-06",
      "May Day": "2026-05-01",
      "Ascension Day": "2026-05-14",
      "Whit Sunday": "2026-05-24",
      "Midsummer Eve": "2026-06-19",
      "Midsummer Day": "2026-06-20",
      "All Saints' Day": "2026-10-31",
      "Independence Day": "2026-12-06",
      "Christmas Eve": "2026-12-24",
      "Christmas Day": "2026-12-25",
      "St Stephen's Day": "2026-12-26",
    })
    expect(days.filter((day) => day.kind === "closed_for_periods").map((day) => day.name)).toEqual(["Midsummer Eve", "Christmas Eve"])
    expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort())
  })

  it("Finland's All Saints' Day is the Saturday from 31 October to 6 November", () => {
    expect(datesOf("FI", 2025)["All Saints' Day"]).toBe("2025-11-01")
    expect(datesOf("FI", 2027)["All Saints' Day"]).toBe("2027-11-06")
  })

  it("Sweden: National Day, no Whit Monday, midsummer, Christmas and New Year's eves like Sundays", () => {
    const sweden = datesOf("SE", 2026)
    expect(sweden["National Day"]).toBe("2026-06-06")
    expect(sweden["Whit Monday"]).toBeUndefined()
    expect(sweden["Midsummer Eve"]).toBe("2026-06-19")
    expect(sweden["Midsummer Day"]).toBe("2026-06-20")
    expect(sweden["All Saints' Day"]).toBe("2026-10-31")
    const closed = publicHolidays("SE", 2026).filter((day) => day.kind === "closed_for_periods")
    expect(closed.map((day) => day.localName)).toEqual(["Midsommarafton", "Julafton", "Nyårsafton"])
  })

  it("Norway: Maundy Thursday, 1 and 17 May, Whit Monday; no eves, no midsummer", () => {
    expect(datesOf("NO", 2026)).toEqual({
      "New Year's Day": "2026-01-01",
      "Maundy Thursday": "2026-04-02",
      "Good Friday": "2026-04-03",
      "Easter Sunday": "2026-04-05",
      "Easter Monday": "2026-04-06",
      "May Day": "2026-05-01",
      "Constitution Day": "2026-05-17",
      "Ascension Day": "2026-05-14",
      "Whit Sunday": "2026-05-24",
      "Whit Monday": "2026-05-25",
      "Christmas Day": "2026-12-25",
      "Boxing Day": "2026-12-26",
    })
  })

  it("Denmark: Great Prayer Day until 2023 only, Constitution Day never", () => {
    expect(datesOf("DK", 2023)["Great Prayer Day"]).toBe("2023-05-05")
    expect(datesOf("DK", 2024)["Great Prayer Day"]).toBeUndefined()
    expect(datesOf("DK", 2026)["Maundy Thursday"]).toBe("2026-04-02")
    expect(publicHolidays("DK", 2026).map((day) => day.date)).not.toContain("2026-06-05")
    expect(publicHolidays("DK", 2026)).toHaveLength(10)
  })

  it("refuses countries and years it has no rules for, naming the field", () => {
    expect(() => publicHolidays("DE" as "FI", 2026)).toThrow("country must be one of FI, NO, SE, DK")
    expect(() => publicHolidays("FI", 1990)).toThrow(/^year must be/)
  })

  it("hands out copies, so a caller cannot change the calendar", () => {
    publicHolidays("FI", 2026)[0].date = "2026-01-02"
    expect(publicHolidays("FI", 2026)[0].date).toBe("2026-01-01")
  })
})
