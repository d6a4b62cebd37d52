import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES } from "../../../../modules/privacy/lib/staff-roles"

export const AdminGrantStaffRole = z
  .object({
    user_id: z.string({ error: "'user_id' must be the id of a Medusa user (user_...)" }).regex(/^user_[A-Za-z0-9]{1,64}$/, {
      error: "'user_id' must be the id of a Medusa user (user_...)",
    }),
    role: z.enum(STAFF_ROLES, { error: `'role' must be one of ${STAFF_ROLES.join(", ")}` }),
  })
  .strict()

export type AdminGrantStaffRoleType = z.infer<typeof AdminGrantStaffRole>

export const AdminListStaff = z.object({}).strict()
