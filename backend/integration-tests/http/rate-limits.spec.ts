import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureAdminUser } from "../../src/scripts/seed/admin-user"
import { responseOf } from "./fixtures"

// The limit under test: OCOP_SIGN_IN_MAX_FAILURES defaults to 10 failures per 15 minutes.
const MAX_FAILURES = 10
const office = { email: "office-limit@ocop.test", password: "right-password-1" }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    beforeEach(async () => {
      await ensureAdminUser(getContainer(), office.email, office.password)
    })

    it("locks an e-mail out after repeated wrong passwords, even for the right one, and tells when to retry", async () => {
      for (let i = 0; i < MAX_FAILURES; i++) {
        const wrong = await responseOf(
          api.post("/auth/user/emailpass", { email: office.email, password: `wrong-${i}` })
        )
        expect(wrong.status).toBe(401)
      }
      const locked = await responseOf(api.post("/auth/user/emailpass", office))
      expect(locked.status).toBe(429)
      expect(locked.data.message).toMatch(/Too many sign-in attempts/)
      expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0)

      // Another account from the same address still signs in.
      await ensureAdminUser(getContainer(), "colleague@ocop.test", "colleague-pass-1")
      const other = await responseOf(
        api.post("/auth/user/emailpass", { email: "colleague@ocop.test", password: "colleague-pass-1" })
      )
      expect(other.status).toBe(200)
      expect(other.data.token).toEqual(expect.any(String))
    })

    it("lets a success clear earlier failures", async () => {
      const email = "forgetful@ocop.test"
      await ensureAdminUser(getContainer(), email, "forgetful-pass-1")
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < MAX_FAILURES - 1; i++) {
          const wrong = await responseOf(api.post("/auth/user/emailpass", { email, password: "nope" }))
          expect(wrong.status).toBe(401)
        }
        const ok = await responseOf(api.post("/auth/user/emailpass", { email, password: "forgetful-pass-1" }))
        expect(ok.status).toBe(200)
      }
    })

    it("gives the bank reconciliation endpoint a budget of 120 calls a minute per address", async () => {
      const statuses: number[] = []
      for (let i = 0; i < 121; i++) {
        const reply = await responseOf(
          api.post("/hooks/vietqr/reconcile", { reference: `OCOP${i}`, amount: 45000 })
        )
        statuses.push(reply.status)
      }
      expect(statuses.slice(0, 120)).not.toContain(429)
      expect(statuses[120]).toBe(429)
    })
  },
})
