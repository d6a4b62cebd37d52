import type { MedusaContainer } from "@medusajs/framework/types"

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
