import { REQUEST_STATUSES, type RequestStatus } from "../../lib/requests"
import { canTransition, REQUEST_ACTIONS, targetStatus, transitionConflict } from "../transitions"

const ALLOWED: Record<string, RequestStatus[]> = {
  verify: ["received", "awaiting_verification"],
  pause: ["received", "in_progress"],
  resume: ["awaiting_verification"],
  extend: ["received", "awaiting_verification", "in_progress"],
  complete: ["in_progress"],
  refuse: ["received", "awaiting_verification", "in_progress"],
  withdraw: ["received", "awaiting_verification", "in_progress"],
  act: ["in_progress"],
  note: [...REQUEST_STATUSES],
}

describe("the states a data subject request moves through", () => {
  for (const action of REQUEST_ACTIONS) {
    for (const status of REQUEST_STATUSES) {
      const allowed = ALLOWED[action].includes(status)
      it(`${allowed ? "allows" : "refuses"} ${action} on a request that is ${status}`, () => {
        expect(canTransition(action, status)).toBe(allowed)
      })
    }
  }

  it("verifies into work, waits for identity, and resumes to where the request was", () => {
    expect(targetStatus("verify", { status: "awaiting_verification", verified: false })).toBe("in_progress")
    expect(targetStatus("pause", { status: "in_progress", verified: true })).toBe("awaiting_verification")
    expect(targetStatus("resume", { status: "awaiting_verification", verified: true })).toBe("in_progress")
    expect(targetStatus("resume", { status: "awaiting_verification", verified: false })).toBe("received")
    expect(targetStatus("extend", { status: "received", verified: false })).toBe("received")
    expect(targetStatus("complete", { status: "in_progress", verified: true })).toBe("completed")
    expect(targetStatus("refuse", { status: "received", verified: false })).toBe("refused")
    expect(targetStatus("withdraw", { status: "in_progress", verified: true })).toBe("withdrawn")
  })

  it("answers a refused transition with a conflict that names the current state and the states that allow it", () => {
    const error = transitionConflict("R-2026-0007", "completed", "verify")
    expect(error.type).toBe("conflict")
    expect(error.message).toBe("Request R-2026-0007 is completed: it cannot be verified (only a request that is received or awaiting verification can)")
  })
})
