import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type StaffRole = "privacy_officer" | "privacy_agent"

export type StaffMember = {
  user_id: string
  role: StaffRole
  granted_by: string | null
  granted_at: string
  email: string | null
  first_name: string | null
  last_name: string | null
  from_options: boolean
}

export type StaffUser = { id: string; email: string; first_name: string | null; last_name: string | null }

const staffKey = ["privacy-staff"] as const

export function usePrivacyStaff() {
  return useQuery({ queryKey: staffKey, queryFn: () => sdk.client.fetch<{ staff: StaffMember[] }>("/admin/privacy/staff"), retry: false })
}

/** The signed-in user's own privacy role; the dashboard disables what the role would be refused. */
export function useMyPrivacyRole() {
  const query = useQuery({
    queryKey: ["privacy-staff-me"],
    queryFn: () => sdk.client.fetch<{ actor_type: string; role: StaffRole | null }>("/admin/privacy/staff/me"),
    staleTime: 60_000,
  })
  return { role: query.data?.role ?? null, isOfficer: query.data?.role === "privacy_officer", isLoading: query.isLoading }
}

/** The shop's users, to pick whom to grant a role. */
export function useStaffUsers() {
  return useQuery({
    queryKey: ["privacy-staff-users"],
    queryFn: () => sdk.client.fetch<{ users: StaffUser[] }>("/admin/users", { query: { limit: 200, fields: "id,email,first_name,last_name" } }),
  })
}

export function useGrantStaffRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { user_id: string; role: StaffRole }) =>
      sdk.client.fetch<{ staff: StaffMember }>("/admin/privacy/staff", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey }),
  })
}

export function useRevokeStaffRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) => sdk.client.fetch(`/admin/privacy/staff/${userId}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey }),
  })
}
