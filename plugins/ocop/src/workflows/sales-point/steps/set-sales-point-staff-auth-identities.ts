import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The auth actor type of sales point staff; Medusa reads `sales_point_staff_id` from app_metadata. */
export const SALES_POINT_STAFF_ACTOR = "sales_point_staff"
const ACTOR_KEY = `${SALES_POINT_STAFF_ACTOR}_id`

export const setSalesPointStaffAuthIdentitiesStepId =
  "ocop-set-sales-point-staff-auth-identities"
/**
 * Lets new email + password logins sign in as their staff member (the token's
 * actor_id); compensation takes the key away again.
 */
export const setSalesPointStaffAuthIdentitiesStep = createStep(
  setSalesPointStaffAuthIdentitiesStepId,
  async (
    input: { auth_identity_id: string; staff_id: string }[],
    { container }
  ) => {
    const auth = container.resolve(Modules.AUTH)
    const identities = await auth.listAuthIdentities({
      id: input.map((i) => i.auth_identity_id),
    })
    await auth.updateAuthIdentities(
      identities.map((identity) => ({
        id: identity.id,
        app_metadata: {
          ...(identity.app_metadata ?? {}),
          [ACTOR_KEY]: input.find((i) => i.auth_identity_id === identity.id)!
            .staff_id,
        },
      }))
    )
    return new StepResponse(
      undefined,
      identities.map((i) => i.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const auth = container.resolve(Modules.AUTH)
    const identities = await auth.listAuthIdentities({ id: ids })
    await auth.updateAuthIdentities(
      identities.map(({ id, app_metadata }) => {
        const { [ACTOR_KEY]: _gone, ...rest } = app_metadata ?? {}
        return { id, app_metadata: rest }
      })
    )
  }
)
