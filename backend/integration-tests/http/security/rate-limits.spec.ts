import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureAdminUser } from "../../../src/scripts/seed/admin-user"
import { responseOf } from "../fixtures"

// The limit under test: OCOP_SIGN_IN_MAX_FAILURES defaults to 10 failures per 15 minutes.
const MAX_FAILURES = 10
// OCOP_SIGN_IN_MAX_FAILURES_PER_EMAIL: failures for one e-mail from all addresses together.
const MAX_FAILURES_PER_EMAIL = 30
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

    describe("the address a failure is counted against", () => {
      afterEach(() => {
        delete process.env.OCOP_TRUSTED_PROXIES
      })
      // The counts outlive each test (memory, like Redis, is not emptied): one e-mail per test.
      const account = async (email: string) => {
        await ensureAdminUser(getContainer(), email, "right-password-1")
        return { email, password: "right-password-1" }
      }
      const signIn = (email: string, password: string, forwardedFor: string) =>
        responseOf(
          api.post("/auth/user/emailpass", { email, password }, {
            headers: { "x-forwarded-for": forwardedFor },
          })
        )

      it("is the connection's, not an X-Forwarded-For the client writes itself", async () => {
        const office = await account("spoofer@ocop.test")
        const statuses: number[] = []
        for (let i = 0; i < 30; i++) {
          statuses.push((await signIn(office.email, `wrong-${i}`, `198.51.100.${i + 1}`)).status)
        }
        expect(statuses.slice(0, MAX_FAILURES)).toEqual(Array(MAX_FAILURES).fill(401))
        expect(statuses.slice(MAX_FAILURES)).toEqual(Array(30 - MAX_FAILURES).fill(429))
        const right = await signIn(office.email, office.password, "198.51.100.250")
        expect(right.status).toBe(429)
      })

      it("behind a trusted proxy, is the one the proxy saw: clients are counted apart and cannot spoof", async () => {
        process.env.OCOP_TRUSTED_PROXIES = "1"
        const office = await account("behind-proxy@ocop.test")
        // The proxy appends the address it saw; whatever is left of it the client wrote.
        for (let i = 0; i < MAX_FAILURES; i++) {
          const wrong = await signIn(office.email, "nope", `10.0.0.${i + 1}, 203.0.113.7`)
          expect(wrong.status).toBe(401)
        }
        const spoofing = await signIn(office.email, office.password, "10.9.9.9, 203.0.113.7")
        expect(spoofing.status).toBe(429)
        const neighbour = await signIn(office.email, office.password, "203.0.113.8")
        expect(neighbour.status).toBe(200)
      })

      it("does not spare an e-mail tried from many addresses: it is locked per e-mail as well", async () => {
        process.env.OCOP_TRUSTED_PROXIES = "1"
        const office = await account("many-addresses@ocop.test")
        for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
          const wrong = await signIn(office.email, `wrong-${i}`, `192.0.2.${i + 1}`)
          expect(wrong.status).toBe(401)
        }
        const fresh = await signIn(office.email, office.password, "192.0.2.200")
        expect(fresh.status).toBe(429)
        expect(fresh.data.message).toMatch(/Too many sign-in attempts/)
      })
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
