import type { ExecArgs } from "@medusajs/framework/types"
import { runRetention } from "medusa-plugin-privacy/workflows"

/**
 * One retention run from the command line:
 * `medusa exec ./scripts/run-retention.ts [batch size] [stop after batches]`.
 * With a second number the process kills itself (SIGKILL, no clean-up) once
 * that many batches have committed, as a crashed worker would stop: the
 * tests use it to show that the next run finishes the work exactly once.
 */
export default async function runRetentionScript({ container, args }: ExecArgs) {
  const [batchSize, stopAfter] = args.map(Number)
  if (stopAfter) {
    const privacy = container.resolve("privacy")
    const save = privacy.saveRetentionProgress.bind(privacy)
    let batches = 0
    // The module the run resolves, watched: the run records its progress after each committed batch.
    privacy.saveRetentionProgress = (...args: unknown[]) => {
      if (++batches >= stopAfter) {
        process.kill(process.pid, "SIGKILL")
      }
      return save(...args)
    }
  }
  const { status, counts } = await runRetention(container, { trigger: "schedule", batchSize: batchSize || undefined })
  console.log(`retention run ${status}: ${counts.erased} erased`)
}
