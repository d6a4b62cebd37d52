import { dueDate } from "../deadline"

describe("the due date of a request (Art. 12(3), Reg. 1182/71 Art. 3)", () => {
  it("received 5 March 2026 in Finland: 5 April is Easter Sunday, 6 April Easter Monday, so 7 April", () => {
    expect(dueDate({ receivedOn: "2026-03-05", country: "FI" })).toEqual({
      receivedOn: "2026-03-05",
      due: "2026-04-07",
      firstDue: "2026-04-07",
      extended: false,
      pausedDays: 0,
      movedFrom: { date: "2026-04-05", reason: "Easter Sunday" },
    })
  })

  it("received 31 August: September has no 31st, so its last day, 30 September (EDPB example)", () => {
    const deadline = dueDate({ receivedOn: "2026-08-31", country: "FI" })
    expect(deadline.due).toBe("2026-09-30")
    expect(deadline.movedFrom).toBeUndefined()
  })

  it("received 31 January 2026: 28 February is a Saturday, so Monday 2 March", () => {
    expect(dueDate({ receivedOn: "2026-01-31", country: "FI" })).toMatchObject({
      due: "2026-03-02",
      movedFrom: { date: "2026-02-28", reason: "saturday" },
    })
    expect(dueDate({ receivedOn: "2028-01-31", country: "FI" }).due).toBe("2028-02-29")
  })

  it("names a Sunday that is no holiday", () => {
    expect(dueDate({ receivedOn: "2026-02-01", country: "SE" }).movedFrom).toEqual({ date: "2026-03-01", reason: "sunday" })
  })

  it("Norway: 17 May 2028 is a Wednesday and Constitution Day, so Thursday 18 May; in Finland it is a working day", () => {
    expect(dueDate({ receivedOn: "2028-04-17", country: "NO" })).toMatchObject({
      due: "2028-05-18",
      movedFrom: { date: "2028-05-17", reason: "Constitution Day" },
    })
    expect(dueDate({ receivedOn: "2028-04-17", country: "FI" }).due).toBe("2028-05-17")
  })

  it("Sweden: midsummer eve counts as a Sunday, then Midsummer Day and a Sunday, so Monday 22 June 2026", () => {
    expect(dueDate({ receivedOn: "2026-05-19", country: "SE" })).toMatchObject({
      due: "2026-06-22",
      movedFrom: { date: "2026-06-19", reason: "Midsummer Eve" },
    })
    expect(dueDate({ receivedOn: "2026-05-19", country: "NO" }).due).toBe("2026-06-19")
    expect(dueDate({ receivedOn: "2026-05-19", country: "DK" }).due).toBe("2026-06-19")
  })

  it("Christmas Eve closes a period in Sweden and Finland, not in Denmark", () => {
    expect(dueDate({ receivedOn: "2025-11-24", country: "SE" }).due).toBe("2025-12-29")
    expect(dueDate({ receivedOn: "2025-11-24", country: "FI" }).due).toBe("2025-12-29")
    expect(dueDate({ receivedOn: "2025-11-24", country: "DK" }).due).toBe("2025-12-24")
  })

  it("Denmark: Maundy Thursday 2 April 2026 starts a run of closed days up to Easter Monday, so 7 April", () => {
    expect(dueDate({ receivedOn: "2026-03-02", country: "DK" })).toMatchObject({
      due: "2026-04-07",
      movedFrom: { date: "2026-04-02", reason: "Maundy Thursday" },
    })
    expect(dueDate({ receivedOn: "2026-03-02", country: "FI" }).due).toBe("2026-04-02")
  })

  it("Denmark: Great Prayer Day moved a due date in 2023, no longer in 2024; Constitution Day never", () => {
    expect(dueDate({ receivedOn: "2023-04-05", country: "DK" })).toMatchObject({
      due: "2023-05-08",
      movedFrom: { date: "2023-05-05", reason: "Great Prayer Day" },
    })
    expect(dueDate({ receivedOn: "2024-03-26", country: "DK" }).due).toBe("2024-04-26")
    expect(dueDate({ receivedOn: "2026-05-05", country: "DK" }).due).toBe("2026-06-05")
  })

  it("counts the extension from the received day: 31 January + 3 months is 30 April, not 28 April", () => {
    expect(dueDate({ receivedOn: "2026-01-31", country: "FI", extended: true })).toEqual({
      receivedOn: "2026-01-31",
      due: "2026-04-30",
      firstDue: "2026-03-02",
      extended: true,
      pausedDays: 0,
    })
    expect(dueDate({ receivedOn: "2026-11-30", country: "FI", extended: true })).toMatchObject({
      due: "2027-03-01",
      movedFrom: { date: "2027-02-28", reason: "sunday" },
    })
  })
})

describe("the received day in the controller's time zone", () => {
  it("an instant late on 31 January UTC is already 1 February in Helsinki", () => {
    const deadline = dueDate({ receivedOn: { at: "2026-01-31T22:30:00Z", timeZone: "Europe/Helsinki" }, country: "FI" })
    expect(deadline.receivedOn).toBe("2026-02-01")
    expect(deadline).toMatchObject({ due: "2026-03-02", movedFrom: { date: "2026-03-01", reason: "sunday" } })
    expect(dueDate({ receivedOn: { at: new Date("2026-01-31T21:30:00Z"), timeZone: "Europe/Helsinki" }, country: "FI" }).receivedOn).toBe(
      "2026-01-31"
    )
  })

  it("follows summer time: 21:30 UTC on 31 March is 1 April in Helsinki, due after May Day and the weekend", () => {
    const at = "2026-03-31T21:30:00Z"
    expect(dueDate({ receivedOn: { at, timeZone: "Europe/Helsinki" }, country: "FI" })).toMatchObject({
      receivedOn: "2026-04-01",
      due: "2026-05-04",
      movedFrom: { date: "2026-05-01", reason: "May Day" },
    })
    expect(dueDate({ receivedOn: { at, timeZone: "Europe/Oslo" }, country: "NO" })).toMatchObject({ receivedOn: "2026-03-31", due: "2026-04-30" })
  })

  it("Oslo, Stockholm and Copenhagen are one hour behind Helsinki", () => {
    for (const timeZone of ["Europe/Oslo", "Europe/Stockholm", "Europe/Copenhagen"]) {
      expect(dueDate({ receivedOn: { at: "2026-01-31T22:30:00Z", timeZone }, country: "SE" }).receivedOn).toBe("2026-01-31")
      expect(dueDate({ receivedOn: { at: "2026-01-31T23:30:00Z", timeZone }, country: "SE" }).receivedOn).toBe("2026-02-01")
    }
  })
})

describe("bad input", () => {
  it("names the field that is wrong", () => {
    expect(() => dueDate({ receivedOn: "2026-02-30", country: "FI" })).toThrow("receivedOn must be a calendar date that exists")
    expect(() => dueDate({ receivedOn: "5.3.2026", country: "FI" })).toThrow("receivedOn must be a calendar date YYYY-MM-DD")
    expect(() => dueDate({ receivedOn: "2026-03-05", country: "DE" as "FI" })).toThrow("country must be one of FI, NO, SE, DK")
    expect(() => dueDate({ receivedOn: { at: "yesterday", timeZone: "Europe/Helsinki" }, country: "FI" })).toThrow(
      "receivedAt must be an ISO 8601 instant"
    )
    expect(() => dueDate({ receivedOn: { at: "2026-01-31T22:30:00Z", timeZone: "Europe/Nowhere" }, country: "FI" })).toThrow(
      "timeZone must be an IANA time zone such as Europe/Helsinki"
    )
  })
})
