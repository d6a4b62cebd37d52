import type { AxiosInstance } from "axios"

type ExportView = { id: string; status: string; download_url: string | null; [field: string]: unknown }

/**
 * Polls an export's status route until its background build has finished
 * (ready or failed) and returns the last answer.
 */
export async function waitForExport(
  api: AxiosInstance,
  statusPath: string,
  headers: Record<string, string>,
  timeoutMs = 120_000
): Promise<ExportView> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { data } = await api.get(statusPath, { headers })
    const current = (data.export ?? data) as ExportView
    if (current.status === "ready" || current.status === "failed") {
      return current
    }
    if (Date.now() > deadline) {
      throw new Error(`export ${current.id} is still ${current.status}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The path part of a download link, for the test client that already knows the host. */
export function pathOf(url: string): string {
  const parsed = new URL(url)
  return `${parsed.pathname}${parsed.search}`
}
