import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { StaffRole } from "../lib/staff-roles"
import * as staff from "../staff/staff-store"
import type { StaffRow } from "../staff/staff-store"

type InjectedDependencies = { baseRepository: DAL.RepositoryService }

/** A change refused because the shop would be left without an officer, or made. */
export type StaffChange = { outcome: "last_officer" } | { outcome: "not_found" } | { outcome: "done"; staff: StaffRow }

/** Who among the staff holds which privacy role, and the rule that one officer always remains. */
export class StaffRolesService {
  protected readonly baseRepository_: DAL.RepositoryService

  constructor({ baseRepository }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
  }

  @InjectTransactionManager()
  async getStaffRole(userId: string, @MedusaContext() sharedContext: Context = {}): Promise<StaffRole | null> {
    return staff.roleOf(sharedContext.transactionManager as SqlEntityManager, userId)
  }

  @InjectTransactionManager()
  async listStaffRoles(@MedusaContext() sharedContext: Context = {}): Promise<StaffRow[]> {
    return staff.listStaff(sharedContext.transactionManager as SqlEntityManager)
  }

  /** Grants a role, or changes one; turning the last officer into an agent is refused. */
  @InjectTransactionManager()
  async grantStaffRole(
    input: { user_id: string; role: StaffRole; granted_by: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StaffChange> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    if (input.role !== "privacy_officer" && (await this.isLastOfficer(manager, input.user_id))) {
      return { outcome: "last_officer" }
    }
    return { outcome: "done", staff: await staff.upsertRole(manager, input) }
  }

  /** Revokes a user's role; revoking the last officer is refused. */
  @InjectTransactionManager()
  async revokeStaffRole(userId: string, @MedusaContext() sharedContext: Context = {}): Promise<StaffChange> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    if (await this.isLastOfficer(manager, userId)) {
      return { outcome: "last_officer" }
    }
    const removed = await staff.deleteRole(manager, userId)
    return removed ? { outcome: "done", staff: removed } : { outcome: "not_found" }
  }

  /** Makes the users named by the `access.officers` option officers, once: a role already held stays as it is. */
  @InjectTransactionManager()
  async grantConfiguredOfficers(userIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await staff.grantOfficersIfMissing(sharedContext.transactionManager as SqlEntityManager, userIds)
  }

  private async isLastOfficer(manager: SqlEntityManager, userId: string): Promise<boolean> {
    const officers = await staff.lockOfficers(manager)
    return officers.length === 1 && officers[0] === userId
  }
}
