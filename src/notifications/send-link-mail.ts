import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const LINK_REMOVED = "[link removed after sending]"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<unknown> }

/**
 * Sends an e-mail that carries a personal link (confirm a subscription,
 * download an export) and then removes the link from the notification the
 * Notification Module stored. Every staff user reads `notification.data`
 * through `GET /admin/notifications`; a link kept there would let them act
 * as the mailbox owner. The provider gets the link (it has to send it); the
 * row keeps the subject and text with the link replaced.
 *
 * The module has no update in its public interface, so the row is changed
 * in SQL, matched by recipient and link (the link is unique). It holds the
 * link only while the provider sends, and also after a failed send.
 */
export async function sendLinkMail(
  container: MedusaContainer,
  notification: CreateNotificationDTO & { data: Record<string, unknown> },
  linkField: string
): Promise<string | null> {
  const link = notification.data[linkField]
  try {
    const [sent] = await container.resolve(Modules.NOTIFICATION).createNotifications([notification])
    return sent?.id ?? null
  } finally {
    if (typeof link === "string") {
      await removeLink(container, notification.to, linkField, link)
    }
  }
}

async function removeLink(container: MedusaContainer, to: string, linkField: string, link: string): Promise<void> {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  await db.raw(
    `UPDATE notification
        SET data = (SELECT jsonb_object_agg(key, CASE
                      WHEN key = ? THEN to_jsonb(?::text)
                      WHEN jsonb_typeof(value) = 'string' THEN to_jsonb(replace(value #>> '{}', ?, ?))
                      ELSE value END)
                    FROM jsonb_each(data))
      WHERE "to" = ? AND data ->> ? = ?`,
    [linkField, LINK_REMOVED, link, LINK_REMOVED, to, linkField, link]
  )
}
