import type { AxiosInstance } from "axios"
import type { AdminSession } from "./admin"

export type RequestView = { id: string; reference: string; status: string; deadline: { due_on: string; first_due_on: string; overdue: boolean; paused: boolean; extended: boolean; days_left: number | null }; [field: string]: any }

/** Staff record a request (a letter by default) and answer it as the API shows it. */
export async function recordRequest(api: AxiosInstance, staff: AdminSession, body: Record<string, unknown>): Promise<RequestView> {
  const { data } = await api.post("/admin/privacy/requests", { channel: "letter", rights: ["access"], ...body }, { headers: staff.headers })
  return data.request
}

export async function act(api: AxiosInstance, staff: AdminSession, id: string, action: string, body: Record<string, unknown> = {}) {
  return api.post(`/admin/privacy/requests/${id}/${action}`, body, { headers: staff.headers, validateStatus: () => true })
}
