import { StatusBadge } from "@medusajs/ui"
import type { DataMapResponse } from "../lib/types"

/** Green when every personal-looking column in the database is mapped or explained. */
export const CoverageBadge = ({ coverage }: { coverage: DataMapResponse["coverage"] }) => {
  const gaps = coverage.unmapped.length + coverage.stale.length
  return gaps ? (
    <StatusBadge color="red">{gaps} column{gaps === 1 ? "" : "s"} need attention</StatusBadge>
  ) : (
    <StatusBadge color="green">All {coverage.checked_columns} columns covered</StatusBadge>
  )
}
