import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES, type StaffRole } from "../../../../modules/privacy/lib/staff-roles"

const ROLE_ERROR = `'role' must be one of ${STAFF_ROLES.join(", ")}`

export const AdminGrantStaffRole = z
  .object({
    user_id: z.string({ error: "'user_id' must be the id of a Medusa user (user_...)" }).regex(/^user_[A-Za-z0-9]{1,64}$/, {
      error: "'user_id' must be the id of a Medusa user (user_...)",
    }),
    // A refinement, not z.enum: Medusa rewrites enum errors into a message that does not name the choices as the other fields do.
    role: z
      .string({ error: ROLE_ERROR })
      .refine((value): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value), { error: ROLE_ERROR }),
  })
  .strict()

export type AdminGrantStaffRoleType = Omit<z.infer<typeof AdminGrantStaffRole>, "role"> & { role: StaffRole }

export const AdminListStaff = z.object({}).strict()
