import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type Mail = { to: string; channel: string; template: string; data: Record<string, any> }

const SENT = /^Attempting to send a notification to: '([^']*)' on the channel: '([^']*)' with template: '([^']*)' and data: '([\s\S]*)'$/

/**
 * What reached the mailbox: the host app's local e-mail provider writes each
 * message it is handed to the log, and this reads those lines. The plugin
 * removes the links from the stored notifications once they are sent, so the
 * log stands in for the recipient's inbox.
 */
export function openMailbox(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const info = jest.spyOn(logger, "info")
  const mails = (): Mail[] =>
    info.mock.calls.flatMap(([line]) => {
      const match = SENT.exec(String(line))
      return match ? [{ to: match[1], channel: match[2], template: match[3], data: JSON.parse(match[4]) }] : []
    })
  return {
    to: (address: string) => mails().filter((mail) => mail.to === address),
    all: mails,
    close: () => info.mockRestore(),
  }
}

/** The token of a link in a mail (`confirm_url`, `download_url`). */
export function tokenOf(url: string): string {
  return new URL(url).searchParams.get("token")!
}

/**
 * Waits for a stored notification the plugin sends after a background step
 * (the export's e-mail goes out after the export is marked ready, so the
 * status route can answer "ready" a moment before the message exists) and
 * for the plugin to have scrubbed it, when `settled` says what that looks like.
 */
export async function waitForNotification(
  container: MedusaContainer,
  filter: Record<string, unknown>,
  settled: (notification: any) => boolean = () => true,
  timeoutMs = 30_000
): Promise<any> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = (await notifications.listNotifications(filter)).find(settled)
    if (found) {
      return found
    }
    if (Date.now() > deadline) {
      throw new Error(`no settled notification matching ${Object.keys(filter).join(", ")} within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
