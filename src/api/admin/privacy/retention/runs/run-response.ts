export function runResponse(run: Record<string, any>) {
  return {
    id: run.id,
    trigger: run.trigger,
    status: run.status,
    actor_id: run.actor_id,
    started_at: run.started_at,
    finished_at: run.finished_at,
    duration_ms: run.duration_ms,
    as_of: run.as_of,
    counts: run.counts,
    failures: run.failures ?? [],
    reason: run.reason ?? null,
  }
}
