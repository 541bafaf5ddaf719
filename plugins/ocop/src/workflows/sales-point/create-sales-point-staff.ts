import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createSalesPointStaffStep,
  validateSalesPointStaffStep,
} from "./steps/create-sales-point-staff"
import { registerEmailpassIdentitiesStep } from "../common/register-emailpass-identities"
import { setSalesPointStaffAuthIdentitiesStep } from "./steps/set-sales-point-staff-auth-identities"

export type CreateSalesPointStaffInput = {
  staff: {
    email: string
    password: string
    name?: string | null
    sales_point_ids: string[]
  }[]
}

export const createSalesPointStaffWorkflowId = "ocop-create-sales-point-staff"
/**
 * Staff logins made by the office: an email + password identity in the auth module
 * that signs in as actor `sales_point_staff`, tied to one or more sales points.
 */
export const createSalesPointStaffWorkflow = createWorkflow(
  createSalesPointStaffWorkflowId,
  (input: WorkflowData<CreateSalesPointStaffInput>) => {
    validateSalesPointStaffStep(
      transform({ input }, ({ input }) => ({
        emails: input.staff.map((s) => s.email),
        sales_point_ids: input.staff.flatMap((s) => s.sales_point_ids),
      }))
    )
    const identities = registerEmailpassIdentitiesStep(
      transform({ input }, ({ input }) =>
        input.staff.map(({ email, password }) => ({ email, password }))
      )
    )
    const staff = createSalesPointStaffStep(
      transform({ input, identities }, ({ input, identities }) =>
        input.staff.map((s) => ({
          email: s.email,
          name: s.name ?? null,
          sales_point_ids: s.sales_point_ids,
          auth_identity_id: identities.find((i) => i.email === s.email)!
            .auth_identity_id,
        }))
      )
    )
    setSalesPointStaffAuthIdentitiesStep(
      transform({ staff }, ({ staff }) =>
        staff.map((s) => ({
          auth_identity_id: s.auth_identity_id!,
          staff_id: s.id,
        }))
      )
    )
    return new WorkflowResponse(staff)
  }
)
