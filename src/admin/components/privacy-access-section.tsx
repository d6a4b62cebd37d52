import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useAccessLog, type AccessLogEntry } from "../hooks/access-log"
import { useMyPrivacyRole } from "../hooks/staff"
import { formatDateTime, humanize } from "../lib/format"

type Visit = { key: string; actor: string; actions: string[]; purpose: string | null; at: string; requests: number }

const actorOf = (entry: AccessLogEntry) => (entry.actor_type === "link" ? "the e-mailed link" : entry.actor_email ?? entry.actor_id ?? "-")

/**
 * One dashboard page makes several requests: consecutive entries of one actor
 * within a minute are one visit, so the section shows visits, not requests.
 */
function visitsOf(entries: AccessLogEntry[]): Visit[] {
  const visits: Visit[] = []
  for (const entry of entries) {
    const last = visits[visits.length - 1]
    const sameVisit = last && last.actor === actorOf(entry) && Math.abs(new Date(last.at).getTime() - new Date(entry.occurred_at).getTime()) < 60_000
    if (sameVisit) {
      last.requests++
      if (!last.actions.includes(entry.action)) last.actions.push(entry.action)
      last.purpose ??= entry.purpose
    } else {
      visits.push({ key: entry.id, actor: actorOf(entry), actions: [entry.action], purpose: entry.purpose, at: entry.occurred_at, requests: 1 })
    }
  }
  return visits
}

/** The latest staff accesses to this customer's data, for officers; the Access log page has every entry. */
export const PrivacyAccessSection = ({ customerId }: { customerId: string }) => {
  const { isOfficer } = useMyPrivacyRole()
  const log = useAccessLog({ customer_id: customerId }, 50, isOfficer)
  if (!isOfficer) {
    return null
  }
  const visits = visitsOf(log.data?.pages[0]?.entries ?? []).slice(0, 5)
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="privacy-access-section">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">Staff access</Text>
        <Link to={`/privacy/access-log?customer_id=${encodeURIComponent(customerId)}`} className="text-ui-fg-interactive txt-compact-small">
          Access log
        </Link>
      </div>
      {log.error && <Text size="small" className="text-ui-fg-error">{log.error.message}</Text>}
      {visits.map((visit) => (
        <div key={visit.key} className="flex items-center justify-between gap-x-2">
          <Text size="small">
            {visit.actions.map(humanize).join(", ")} by {visit.actor}
            {visit.purpose ? `: ${visit.purpose}` : ""}
            {visit.requests > 1 ? ` (${visit.requests} requests)` : ""}
          </Text>
          <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">{formatDateTime(visit.at)}</Text>
        </div>
      ))}
    </div>
  )
}
