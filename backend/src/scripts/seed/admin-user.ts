import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

/** Creates the demo admin (email + password through the auth module) unless it exists. */
export async function ensureAdminUser(
  container: MedusaContainer,
  email: string,
  password: string
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const users = await container.resolve(Modules.USER).listUsers({ email })
  if (users.length) return
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  } as any)
  if (!success || !authIdentity)
    throw new Error(`could not register the admin: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email, first_name: "Văn phòng", last_name: "OCOP" },
    },
  })
  logger.info(`  admin user ${email} created`)
}
