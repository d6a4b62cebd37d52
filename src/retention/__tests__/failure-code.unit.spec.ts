import { describeFailure, lockFailure, RunFailureCodes } from "../failure-code"

/** What Knex throws: the statement with its bound values in the message, the driver's fields beside it. */
function knexError(code: string, fields: Record<string, string> = {}) {
  return Object.assign(new Error(`UPDATE "customer" SET email = NULL WHERE id = 'cus_01' AND email = 'eva@example.test' - refused for Eva Nieminen`), {
    code,
    severity: "ERROR",
    detail: "Key (email)=(eva@example.test) already exists.",
    ...fields,
  })
}

describe("failure descriptions in run reports", () => {
  it("keep the SQLSTATE, its class and the schema names, never the statement's values", () => {
    const described = describeFailure(knexError("23505", { table: "customer", constraint: "customer_email_key" }), RunFailureCodes.ERASURE_FAILED)
    expect(described).toEqual({
      code: "23505",
      message: "The customer's erasure failed: database error 23505 (integrity constraint violation, table customer, constraint customer_email_key)",
    })
    expect(JSON.stringify(described)).not.toMatch(/eva|Nieminen|cus_01|UPDATE/i)
  })

  it("find the code on a wrapped cause and name system errors by their code", () => {
    const wrapped = new Error("step failed: eva@example.test", { cause: knexError("40P01") })
    expect(describeFailure(wrapped, RunFailureCodes.BATCH_FAILED)).toMatchObject({ code: "40P01", message: expect.stringContaining("deadlock") })
    const network = Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:587 while mailing eva@example.test"), { code: "ECONNREFUSED" })
    expect(describeFailure(network, RunFailureCodes.WARNING_FAILED)).toEqual({
      code: "ECONNREFUSED",
      message: "The erasure warning e-mail could not be sent: system error ECONNREFUSED",
    })
  })

  it("fall back to the stage's own code when the error carries none, and ignore identifiers that are not names", () => {
    expect(describeFailure(new Error("eva@example.test bounced"), RunFailureCodes.WARNING_FAILED)).toEqual(RunFailureCodes.WARNING_FAILED)
    expect(describeFailure(knexError("23514", { table: "a'b = 'eva@example.test" }), RunFailureCodes.BATCH_FAILED).message).not.toContain("eva")
    expect(describeFailure(Object.assign(new Error("Customer eva@example.test was not found"), { type: "not_found" }), RunFailureCodes.ERASURE_FAILED).code).toBe("medusa_not_found")
  })

  it("tell a lock taken by another run from a Locking Module that fails", () => {
    expect(lockFailure(new Error('Failed to acquire lock for key "privacy:retention-run"')).code).toBe("lock_unavailable")
    expect(lockFailure(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6379"), { code: "ECONNREFUSED" })).code).toBe("ECONNREFUSED")
    expect(lockFailure(new Error("Connection is closed.")).code).toBe("lock_failed")
  })
})
