import { Badge, Text, Tooltip } from "@medusajs/ui"
import type { RetentionRun } from "../lib/types"

/** A run's failures as codes with counts; the fixed text of each code on hover. */
export const RetentionRunFailures = ({ run }: { run: RetentionRun }) => {
  const codes = Object.entries(run.counts?.failure_codes ?? {})
  if (!codes.length) {
    return <Text size="small">0</Text>
  }
  const messageOf = (code: string) => run.failures.find((failure) => failure.code === code)?.message ?? code
  return (
    <div className="flex flex-wrap gap-1">
      {codes.map(([code, count]) => (
        <Tooltip key={code} content={messageOf(code)}>
          <Badge size="2xsmall" color="red">
            {code} ×{count}
          </Badge>
        </Tooltip>
      ))}
    </div>
  )
}

/** What a finished run could not do, in words: shown above the runs while the latest run has it. */
export function runProblems(run: RetentionRun): string[] {
  const counts = run.counts
  const problems: string[] = []
  if (run.reason && run.status !== "completed") {
    problems.push(`${run.status === "skipped" ? "Skipped" : "Stopped"}: ${run.reason.message} (${run.reason.code}).`)
  }
  if (counts?.warnings_failed) {
    problems.push(
      `${counts.warnings_failed} erasure warning e-mail(s) could not be sent. Inactive customers are erased only once warned: check the notification provider.`
    )
  }
  if (counts?.failed) {
    problems.push(`${counts.failed} erasure(s) failed; the next run tries them again.`)
  }
  if (counts?.batches_failed && !counts.failed) {
    problems.push(`${counts.batches_failed} batch(es) failed as a whole; their customers were then erased one by one.`)
  }
  return problems
}
