/**
 * Downloads a file from the admin API with the staff session, also when the
 * dashboard and the backend live on different origins (VITE_BACKEND_URL).
 */
export async function downloadFromAdmin(path: string, fallbackName: string): Promise<void> {
  const base = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  const response = await fetch(`${base}${path}`, { credentials: "include" })
  if (!response.ok) {
    throw new Error(`Download failed (${response.status})`)
  }
  const disposition = response.headers.get("content-disposition") ?? ""
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}
