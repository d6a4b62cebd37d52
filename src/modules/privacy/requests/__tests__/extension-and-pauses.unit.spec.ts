import { dueDate } from "../deadline"
import { canExtend } from "../extension"

describe("extending a request by two further months (Art. 12(3), EDPB §§ 162-164)", () => {
  const request = { receivedOn: "2026-01-31", country: "FI" as const }

  it("is allowed with a reason before the first due date, and the new date runs from receipt", () => {
    expect(canExtend({ ...request, requestedOn: "2026-02-15", reason: "Orders in three shops to collect" })).toEqual({
      allowed: true,
      deadline: { receivedOn: "2026-01-31", due: "2026-04-30", firstDue: "2026-03-02", extended: true, pausedDays: 0 },
    })
  })

  it("still runs on the weekend the first month's last day moved off", () => {
    expect(canExtend({ ...request, requestedOn: "2026-03-01", reason: "Numerous requests" }).allowed).toBe(true)
  })

  it("is refused on or after the first due date", () => {
    const refused = { allowed: false, refusal: { code: "first_due_reached", firstDue: "2026-03-02" } }
    expect(canExtend({ ...request, requestedOn: "2026-03-02", reason: "Complex" })).toEqual(refused)
    expect(canExtend({ ...request, requestedOn: "2026-04-01", reason: "Complex" })).toEqual(refused)
  })

  it("is refused without a reason, or dated before the request arrived", () => {
    expect(canExtend({ ...request, requestedOn: "2026-02-15", reason: "  " })).toEqual({ allowed: false, refusal: { code: "reason_missing" } })
    expect(canExtend({ ...request, requestedOn: "2026-02-15" })).toEqual({ allowed: false, refusal: { code: "reason_missing" } })
    expect(canExtend({ ...request, requestedOn: "2026-01-30", reason: "Complex" })).toEqual({
      allowed: false,
      refusal: { code: "requested_before_receipt", receivedOn: "2026-01-31" },
    })
  })

  it("reads the day it is requested in the controller's time zone", () => {
    const lateOnTheLastDay = { at: "2026-03-01T22:30:00Z", timeZone: "Europe/Helsinki" }
    expect(canExtend({ ...request, requestedOn: lateOnTheLastDay, reason: "Complex" })).toMatchObject({ allowed: false })
    expect(canExtend({ ...request, requestedOn: { ...lateOnTheLastDay, timeZone: "Europe/Oslo" }, reason: "Complex" }).allowed).toBe(true)
  })
})

describe("pauses while the shop waits for the person's identity (EDPB § 159)", () => {
  const request = { receivedOn: "2026-03-05", country: "FI" as const }

  it("moves the due date by the days from asking to the answer, then applies the working-day rule again", () => {
    expect(dueDate({ ...request, pauses: [{ from: "2026-03-10", to: "2026-03-17" }] })).toEqual({
      receivedOn: "2026-03-05",
      due: "2026-04-13",
      firstDue: "2026-04-13",
      extended: false,
      pausedDays: 7,
      movedFrom: { date: "2026-04-12", reason: "sunday" },
    })
  })

  it("counts overlapping pauses once and a same-day answer as no pause", () => {
    const pauses = [
      { from: "2026-03-15", to: "2026-03-20" },
      { from: "2026-03-10", to: "2026-03-17" },
      { from: "2026-03-25", to: "2026-03-25" },
    ]
    expect(dueDate({ ...request, pauses })).toMatchObject({ due: "2026-04-15", pausedDays: 10 })
  })

  it("is ignored when the shop does not stop the clock while verifying", () => {
    const pauses = [{ from: "2026-03-10", to: "2026-03-17" }]
    expect(dueDate({ ...request, pauses, pauseWhileVerifying: false })).toMatchObject({ due: "2026-04-07", pausedDays: 0 })
  })

  it("counts a pause begun on the due date, not one begun after the period ended", () => {
    const lateSummer = { receivedOn: "2026-08-31", country: "FI" as const }
    expect(dueDate({ ...lateSummer, pauses: [{ from: "2026-09-30", to: "2026-10-02" }] })).toMatchObject({ due: "2026-10-02", pausedDays: 2 })
    expect(dueDate({ ...lateSummer, pauses: [{ from: "2026-10-01", to: "2026-10-05" }] })).toMatchObject({ due: "2026-09-30", pausedDays: 0 })
  })

  it("counts a later pause that began inside the period as the first pause lengthened it", () => {
    const pauses = [
      { from: "2026-09-01", to: "2026-09-11" },
      { from: "2026-10-05", to: "2026-10-07" },
    ]
    expect(dueDate({ receivedOn: "2026-08-31", country: "FI", pauses })).toMatchObject({ due: "2026-10-12", pausedDays: 12 })
  })

  it("lengthens the extended period too", () => {
    const pauses = [{ from: "2026-02-02", to: "2026-02-09" }]
    expect(dueDate({ receivedOn: "2026-01-31", country: "FI", extended: true, pauses })).toMatchObject({
      firstDue: "2026-03-09",
      due: "2026-05-07",
      pausedDays: 7,
    })
  })

  it("refuses a pause that ends before it starts or starts before the request arrived", () => {
    expect(() => dueDate({ ...request, pauses: [{ from: "2026-03-10", to: "2026-03-09" }] })).toThrow(
      "pauses[0].to must not be before pauses[0].from"
    )
    expect(() => dueDate({ ...request, pauses: [{ from: "2026-03-10", to: "2026-03-11" }, { from: "2026-03-01", to: "2026-03-11" }] })).toThrow(
      "pauses[1].from must not be before the day the request was received"
    )
    expect(() => dueDate({ ...request, pauses: [{ from: "2026-03-10", to: "soon" }] })).toThrow("pauses[0].to must be a calendar date YYYY-MM-DD")
  })
})
