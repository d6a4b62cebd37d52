import { Link } from "react-router-dom"
import type { Disclosure } from "../lib/recipient-types"

/** Where a disclosure came from: its order when it has one, else the record the shop handed over, else the reference staff gave. */
export const DisclosureSource = ({ disclosure }: { disclosure: Pick<Disclosure, "order_id" | "source_type" | "source_id" | "reference"> }) => {
  if (disclosure.order_id) {
    return (
      <Link to={`/orders/${disclosure.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
        {disclosure.order_id}
      </Link>
    )
  }
  if (disclosure.source_id) {
    return <code className="txt-compact-xsmall">{disclosure.source_type ? `${disclosure.source_type} ` : ""}{disclosure.source_id}</code>
  }
  return <>{disclosure.reference ?? "—"}</>
}

export const actorLabel = (disclosure: Pick<Disclosure, "actor_type" | "actor_id">) =>
  disclosure.actor_type === "system" ? "The shop" : `Staff ${disclosure.actor_id ?? ""}`.trim()
