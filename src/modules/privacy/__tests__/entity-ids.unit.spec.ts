import { decodeTime } from "ulid"
import { entityIds } from "../lib/entity-ids"

describe("entityIds", () => {
  it("gives ids in the form of Medusa's generateEntityId: prefix, 10 characters of time, 16 of randomness", () => {
    const [id] = entityIds("perase", 1, Date.UTC(2026, 11, 1))
    expect(id).toMatch(/^perase_[0-9A-HJKMNP-TV-Z]{26}$/)
    // The ulid package (Medusa's) reads the same time back.
    expect(decodeTime(id.slice(7))).toBe(Date.UTC(2026, 11, 1))
  })

  it("gives distinct ids for a batch and ids that sort by time across batches", () => {
    const ids = entityIds("pbkh", 10_000)
    expect(new Set(ids).size).toBe(10_000)
    const [earlier] = entityIds("pbkh", 1, 1_700_000_000_000)
    const [later] = entityIds("pbkh", 1, 1_700_000_000_001)
    expect(earlier.slice(0, 15) < later.slice(0, 15)).toBe(true)
  })

  it("draws every random character from the whole alphabet", () => {
    const seen = new Set(entityIds("x", 2_000).flatMap((id) => id.slice(12).split("")))
    expect(seen.size).toBe(32)
  })
})

