/**
 * What a run report says about a failure: a code and a fixed text. Driver
 * messages are never kept: Knex puts the statement with its bound values
 * (customer ids, e-mails, names) into `error.message`.
 */
export type FailureDescription = { code: string; message: string }

export const RunFailureCodes = {
  LOCK_UNAVAILABLE: { code: "lock_unavailable", message: "Another retention run holds the lock" },
  LOCK_FAILED: { code: "lock_failed", message: "The Locking Module could not give the lock" },
  LOCK_LOST: { code: "lock_lost", message: "The run's lock lapsed before it could be renewed; the run stopped" },
  RUN_FAILED: { code: "run_failed", message: "The run stopped on an unexpected error" },
  BATCH_FAILED: { code: "batch_failed", message: "The batch's erasure failed; its customers were tried one by one" },
  ERASURE_FAILED: { code: "erasure_failed", message: "The customer's erasure failed" },
  WARNING_FAILED: { code: "warning_failed", message: "The erasure warning e-mail could not be sent" },
  WARNINGS_STOPPED: {
    code: "warnings_stopped",
    message: "Every warning of this run failed, so the rest were not tried; inactive customers are erased only once warned",
  },
  PROCESS_STOPPED: { code: "process_stopped", message: "The process running it stopped before it finished" },
  NEVER_STARTED: { code: "never_started", message: "No worker picked the run up" },
} as const satisfies Record<string, FailureDescription>

/** PostgreSQL's error classes (the first two characters of SQLSTATE). */
const SQLSTATE_CLASSES: Record<string, string> = {
  "08": "connection to the database failed",
  "22": "data exception",
  "23": "integrity constraint violation",
  "25": "invalid transaction state",
  "40": "transaction rolled back (serialization failure or deadlock)",
  "42": "syntax error or access rule violation",
  "53": "insufficient resources",
  "54": "program limit exceeded",
  "55": "object not in prerequisite state",
  "57": "statement cancelled or server shutting down",
  "58": "system error",
  P0: "raised by a database function or trigger",
  XX: "internal database error",
}

const SQLSTATE = /^[0-9A-Z]{5}$/
const SYSTEM_CODE = /^E[A-Z0-9_]{2,30}$/
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.]{0,62}$/

type ErrorLike = { code?: unknown; table?: unknown; constraint?: unknown; type?: unknown; cause?: unknown; name?: unknown }

/** The error itself or, for wrapped errors, the nearest cause that carries a code. */
function withCode(error: unknown): ErrorLike | undefined {
  let current = error as ErrorLike | undefined
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    if (typeof current.code === "string" && (SQLSTATE.test(current.code) || SYSTEM_CODE.test(current.code))) {
      return current
    }
    current = current.cause as ErrorLike | undefined
  }
  return undefined
}

/**
 * A code and a text without values: the SQLSTATE (with the table and
 * constraint names, which are schema, not data), a Node system error code,
 * a Medusa error type, or the plugin's own code for the stage that failed.
 */
export function describeFailure(error: unknown, fallback: FailureDescription): FailureDescription {
  const coded = withCode(error)
  if (coded) {
    const code = coded.code as string
    if (SYSTEM_CODE.test(code) && !SQLSTATE.test(code)) {
      return { code, message: `${fallback.message}: system error ${code}` }
    }
    const where = [
      typeof coded.table === "string" && IDENTIFIER.test(coded.table) ? `table ${coded.table}` : null,
      typeof coded.constraint === "string" && IDENTIFIER.test(coded.constraint) ? `constraint ${coded.constraint}` : null,
    ].filter(Boolean)
    const kind = SQLSTATE_CLASSES[code.slice(0, 2)] ?? "database error"
    return { code, message: `${fallback.message}: database error ${code} (${kind}${where.length ? `, ${where.join(", ")}` : ""})` }
  }
  const type = (error as ErrorLike | undefined)?.type
  if (typeof type === "string" && /^[a-z_]{3,40}$/.test(type)) {
    return { code: `medusa_${type}`, message: `${fallback.message}: Medusa error of type ${type}` }
  }
  return { ...fallback }
}

/** Whether the lock was simply taken (by another run), as opposed to the Locking Module failing. */
export function lockFailure(error: unknown): FailureDescription {
  const message = (error as Error | undefined)?.message ?? ""
  return /failed to acquire lock|timed-out acquiring lock/i.test(message) ? { ...RunFailureCodes.LOCK_UNAVAILABLE } : describeFailure(error, RunFailureCodes.LOCK_FAILED)
}
