import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"

export type AdminSession = { userId: string; headers: { authorization: string } }

export type StaffRoleName = "privacy_officer" | "privacy_agent"

/**
 * Creates a staff user with an e-mail/password identity and signs them in.
 * The user is a privacy officer unless told otherwise (`null`: no privacy
 * role), so specs about other things reach every plugin route.
 */
export async function createAdminUser(
  api: AxiosInstance,
  container: MedusaContainer,
  email = `staff-${Math.random().toString(36).slice(2)}@finmug.test`,
  role: StaffRoleName | null = "privacy_officer"
): Promise<AdminSession> {
  const password = "staff-password-1"
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email, first_name: "Staff", last_name: "Member" })
  const { authIdentity } = await authModule.register("emailpass", { body: { email, password } })
  await authModule.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
  if (role && container.hasRegistration("privacy")) {
    await container.resolve("privacy").grantStaffRole({ user_id: user.id, role, granted_by: null })
  }
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { userId: user.id, headers: { authorization: `Bearer ${data.token}` } }
}
