import { accessLogHash, GENESIS_HASH, outcomeOf, type AccessLogRow } from "../lib/access-log"

const row = (over: Partial<AccessLogRow> = {}): Omit<AccessLogRow, "hash" | "prev_hash"> => ({
  id: "pacc_01",
  seq: 1,
  occurred_at: new Date("2026-12-02T08:00:00.123Z"),
  actor_type: "user",
  actor_id: "user_01",
  role: "privacy_agent",
  action: "read",
  method: "GET",
  route: "/admin/customers/:id",
  status: 200,
  outcome: "ok",
  customer_ids: ["cus_01"],
  customer_count: 1,
  purpose: null,
  ip_prefix: "192.0.2.0/24",
  ...over,
})

describe("the access log's chain", () => {
  it("hashes the same entry the same way whether its time is a Date or the text the database returns", () => {
    const fromDate = accessLogHash(GENESIS_HASH, row())
    expect(fromDate).toMatch(/^[0-9a-f]{64}$/)
    expect(accessLogHash(GENESIS_HASH, row({ occurred_at: "2026-12-02T08:00:00.123Z" as never }))).toBe(fromDate)
  })

  it("changes with every field and with the entry before it", () => {
    const base = accessLogHash(GENESIS_HASH, row())
    const changes: Partial<AccessLogRow>[] = [
      { id: "pacc_02" }, { seq: 2 }, { occurred_at: new Date("2026-12-02T08:00:00.124Z") }, { actor_id: "user_02" }, { role: null },
      { action: "list" }, { route: "/admin/customers" }, { status: 403 }, { outcome: "refused" }, { customer_ids: ["cus_02"] },
      { customer_count: 2 }, { purpose: "R-1" }, { ip_prefix: null },
    ]
    for (const change of changes) {
      expect(accessLogHash(GENESIS_HASH, row(change))).not.toBe(base)
    }
    expect(accessLogHash("f".repeat(64), row())).not.toBe(base)
  })

  it("counts 401, 403 and 429 as refused and other errors as failed", () => {
    expect([200, 302, 401, 403, 429, 400, 404, 500].map(outcomeOf)).toEqual(["ok", "ok", "refused", "refused", "refused", "failed", "failed", "failed"])
  })
})
