import { noteReachedCustomers } from "../../../access/access-log-middleware"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { ConsentChannel } from "../../../../modules/privacy/lib/constants"
import { csvField } from "../../../../modules/privacy/records/record-csv"
import { audiencePage, type AudienceMember } from "./audience-page"

const PAGE = 1000

/**
 * Streams the whole audience as CSV, one page at a time. Each page waits for
 * the socket to take the previous one, so memory stays flat however long the
 * list is; a client that goes away ends the work, and an error mid-way breaks
 * the response rather than leaving a file that looks complete.
 */
export async function streamAudienceCsv(
  scope: MedusaContainer,
  res: MedusaResponse,
  query: { purpose: string; channel: ConsentChannel; after?: string },
  log?: { add: (members: AudienceMember[]) => void }
): Promise<void> {
  const withPhone = query.channel === "sms" || query.channel === "phone"
  const columns = ["customer_id", "email", ...(withPhone ? ["phone"] : []), "language", "unsubscribe_url", "consented_at"]
  const line = (member: AudienceMember) =>
    [
      member.customer_id ?? "",
      member.email ?? "",
      ...(withPhone ? [member.phone ?? ""] : []),
      member.language ?? "",
      member.unsubscribe_url,
      new Date(member.consented_at).toISOString(),
    ]
      .map(csvField)
      .join(",")

  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="audience-${query.purpose}-${query.channel}.csv"`)
  try {
    if (!(await write(res, columns.join(",") + "\r\n"))) {
      return
    }
    let after = query.after
    for (;;) {
      const { members, last, more } = await audiencePage(scope, { ...query, after, limit: PAGE })
      noteReachedCustomers(res, members.map((member) => member.customer_id).filter((id): id is string => !!id))
      if (members.length && !(await write(res, members.map(line).join("\r\n") + "\r\n"))) {
        return
      }
      log?.add(members)
      if (!more || !last) {
        break
      }
      after = last
    }
    res.end()
  } catch (error) {
    res.destroy(error as Error)
  }
}

/** Writes a chunk; resolves false when the client has gone away. */
function write(res: MedusaResponse, chunk: string): Promise<boolean> {
  if (res.destroyed || res.writableEnded) {
    return Promise.resolve(false)
  }
  if (res.write(chunk)) {
    return Promise.resolve(true)
  }
  return new Promise((resolve) => {
    const done = (open: boolean) => {
      res.off("drain", onDrain)
      res.off("close", onClose)
      resolve(open)
    }
    const onDrain = () => done(true)
    const onClose = () => done(false)
    res.once("drain", onDrain)
    res.once("close", onClose)
  })
}
