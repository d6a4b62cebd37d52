import { useState } from "react"
import { Button, Label, Select, toast } from "@medusajs/ui"
import { useGrantStaffRole, useStaffUsers, type StaffRole } from "../hooks/staff"
import { ROLE_LABELS } from "../lib/staff-roles"

/** Pick a user and a role; granting a role to someone who holds one changes it. */
export const GrantStaffRole = () => {
  const users = useStaffUsers()
  const grant = useGrantStaffRole()
  const [userId, setUserId] = useState("")
  const [role, setRole] = useState<StaffRole>("privacy_agent")

  return (
    <div className="flex items-end gap-x-3 px-6 py-4">
      <div className="flex flex-1 flex-col gap-y-1">
        <Label htmlFor="staff-user" size="small">User</Label>
        <Select value={userId} onValueChange={setUserId}>
          <Select.Trigger id="staff-user" aria-label="User"><Select.Value placeholder="Choose a user" /></Select.Trigger>
          <Select.Content>
            {(users.data?.users ?? []).map((user) => (
              <Select.Item key={user.id} value={user.id}>{user.email}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex w-56 flex-col gap-y-1">
        <Label htmlFor="staff-role" size="small">Role</Label>
        <Select value={role} onValueChange={(value) => setRole(value as StaffRole)}>
          <Select.Trigger id="staff-role" aria-label="Role"><Select.Value /></Select.Trigger>
          <Select.Content>
            {(Object.keys(ROLE_LABELS) as StaffRole[]).map((value) => (
              <Select.Item key={value} value={value}>{ROLE_LABELS[value]}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <Button
        size="small"
        disabled={!userId}
        isLoading={grant.isPending}
        onClick={() =>
          grant.mutate(
            { user_id: userId, role },
            {
              onSuccess: () => {
                toast.success(`${ROLE_LABELS[role]} role granted`)
                setUserId("")
              },
              onError: (error) => toast.error(error.message),
            }
          )
        }
      >
        Grant
      </Button>
    </div>
  )
}
