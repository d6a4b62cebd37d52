import { readdirSync, readFileSync } from "node:fs"
import autocannon from "autocannon"

/**
 * One autocannon run against `url` (a GET, or `method` with a JSON `body`); resolves with its result.
 * A request unanswered after `timeout` s counts as an error.
 */
export function load(url, { headers, connections = 20, seconds = 10, timeout = 10, method = "GET", body }) {
  const request = body === undefined ? {} : { method, body: JSON.stringify(body), headers: { ...headers, "content-type": "application/json" } }
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections, duration: seconds, timeout, method, ...request }, (error, result) => (error ? reject(error) : resolve(result)))
  })
}

/** What a benchmark reports of one run: latencies in ms, failed answers of every kind counted as errors. */
export function loadFigures(result) {
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

export function formatFigures({ p50, p99, rps, requests, errors }) {
  return `p50 ${p50.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms  ${rps.toFixed(0)} req/s  ${requests} requests, ${errors} errors`
}

/**
 * Waits until the server's process group has (nearly) stopped using CPU.
 * When autocannon stops it drops its connections, but the server still works
 * through the requests it had taken; measuring the next route before that
 * backlog is gone would charge it to the wrong route.
 */
export async function settle(pgid, { idleTicksPerSecond = 5, maxSeconds = 60 } = {}) {
  let before = groupCpuTicks(pgid)
  for (let waited = 0; waited < maxSeconds; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = groupCpuTicks(pgid)
    if (now - before <= idleTicksPerSecond) {
      return
    }
    before = now
  }
  throw new Error(`server still busy ${maxSeconds} s after the load stopped`)
}

/** User + system CPU time, in clock ticks, of every process in a process group (Linux /proc). */
function groupCpuTicks(pgid) {
  let ticks = 0
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue
    }
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(fields[2]) === pgid) {
        ticks += Number(fields[11]) + Number(fields[12])
      }
    } catch {
      // the process ended while the list was read
    }
  }
  return ticks
}
