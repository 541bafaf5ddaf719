import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import { adminHeaders, responseOf, seedShop } from "../fixtures"
import { producerSession, seedProducerLogins } from "../producer-fixtures"

const PASSWORD = "mat-khau-1"
const bearer = (token: string) => ({
  headers: { authorization: `Bearer ${token}` },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let admin: { headers: Record<string, string> }
    let anasId: string

    beforeAll(async () => {
      await seedShop(getContainer(), ["p04"])
      await seedProducerLogins(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      anasId = (await producerSession(api, getContainer(), "anas")).producerId
    })

    const invite = (email: string) =>
      responseOf(
        api.post(`/admin/ocop/producers/${anasId}/members`, { email }, admin)
      )

    /** The token in the link the invitation e-mail carries, as the Notification Module stored it. */
    const invitationToken = async (email: string) => {
      const sent = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications(
          { to: email, template: "ocop-producer-invitation" },
          { order: { created_at: "DESC" } }
        )
      expect(sent.length).toBeGreaterThan(0)
      const link = new URL((sent[0].data as any).link)
      expect(link.pathname).toBe("/producer/request")
      return link.searchParams.get("token")!
    }

    /** Registers a producer login and calls POST /producer/account with it. */
    const signUp = async (email: string, body: Record<string, unknown> = {}) => {
      const { data } = await api.post("/auth/producer/emailpass/register", {
        email,
        password: PASSWORD,
      })
      return responseOf(api.post("/producer/account", body, bearer(data.token)))
    }
    const signIn = async (email: string) =>
      (await api.post("/auth/producer/emailpass", { email, password: PASSWORD }))
        .data.token as string
    const me = async (email: string) =>
      responseOf(api.get("/producer/me", bearer(await signIn(email))))
    const members = (email: string) =>
      (getContainer().resolve(PRODUCER_MODULE) as any).listProducerMembers({ email })

    describe("an invitation", () => {
      it("is not taken over by whoever registers the invited email without its token", async () => {
        expect((await invite("con-gai@anas.test")).status).toBe(201)
        const taken = await signUp("con-gai@anas.test")
        expect(taken.status).toBe(201)
        expect(taken.data.member.status).toBe("requested")
        const denied = await me("con-gai@anas.test")
        expect([401, 403, 404]).toContain(denied.status)
        expect(JSON.stringify(denied.data)).not.toContain(anasId)
        const stored = await members("con-gai@anas.test")
        expect(stored.map((m: any) => m.status).sort()).toEqual([
          "invited",
          "requested",
        ])
      })

      it("is taken up with the token from the e-mail, once", async () => {
        await invite("con-gai@anas.test")
        const token = await invitationToken("con-gai@anas.test")
        const accepted = await signUp("con-gai@anas.test", { token })
        expect(accepted.status).toBe(201)
        expect(accepted.data.member.status).toBe("active")
        const mine = await me("con-gai@anas.test")
        expect(mine.status).toBe(200)
        expect(mine.data.producer.id).toBe(anasId)
        const [stored] = await members("con-gai@anas.test")
        expect(stored.invitation_token_hash).toBeNull()
        expect(JSON.stringify(stored)).not.toContain(token)

        const again = await signUp("con-gai-2@anas.test", { token })
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("token")
      })

      it("refuses an expired token, naming it", async () => {
        await invite("con-gai@anas.test")
        const token = await invitationToken("con-gai@anas.test")
        const [member] = await members("con-gai@anas.test")
        await (getContainer().resolve(PRODUCER_MODULE) as any).updateProducerMembers({
          id: member.id,
          invitation_expires_at: new Date(Date.now() - 1000),
        })
        const late = await signUp("con-gai@anas.test", { token })
        expect(late.status).toBe(400)
        expect(late.data.message).toContain("token")
        expect(late.data.message).toContain("expired")
        const [after] = await members("con-gai@anas.test")
        expect(after.status).toBe("invited")
      })

      it("refuses another email's token", async () => {
        await invite("con-gai@anas.test")
        const token = await invitationToken("con-gai@anas.test")
        const other = await signUp("ke-la@ocop.test", { token })
        expect(other.status).toBe(400)
        expect(other.data.message).toContain("token")
        expect(await members("ke-la@ocop.test")).toEqual([])
      })

      it("matches emails trimmed and case-insensitively", async () => {
        expect((await invite("  X@Example.com ")).status).toBe(201)
        const [stored] = await members("x@example.com")
        expect(stored.status).toBe("invited")
        const token = await invitationToken("x@example.com")
        const accepted = await signUp("X@example.COM", { token })
        expect(accepted.status).toBe(201)
        expect(accepted.data.member.status).toBe("active")
      })

      it("stops working when the office revokes it, and a resent one works", async () => {
        const invited = await invite("con-gai@anas.test")
        const token = await invitationToken("con-gai@anas.test")
        const revoked = await responseOf(
          api.post(
            `/admin/ocop/producer-members/${invited.data.member.id}/revoke`,
            {},
            admin
          )
        )
        expect(revoked.status).toBe(200)
        expect(revoked.data.member.status).toBe("revoked")
        const late = await signUp("con-gai@anas.test", { token })
        expect(late.status).toBe(400)
        expect(late.data.message).toContain("token")

        const resent = await responseOf(
          api.post(
            `/admin/ocop/producer-members/${invited.data.member.id}/resend`,
            {},
            admin
          )
        )
        expect(resent.status).toBe(200)
        const fresh = await invitationToken("con-gai@anas.test")
        expect(fresh).not.toBe(token)
        const { data } = await api.post("/auth/producer/emailpass", {
          email: "con-gai@anas.test",
          password: PASSWORD,
        })
        const accepted = await responseOf(
          api.post("/producer/account", { token: fresh }, bearer(data.token))
        )
        expect(accepted.status).toBe(201)
        expect(accepted.data.member.status).toBe("active")
      })
    })

    describe("an active member", () => {
      it("loses the portal at once when the office deactivates them, with the token they hold", async () => {
        await invite("con-gai@anas.test")
        const token = await invitationToken("con-gai@anas.test")
        const accepted = await signUp("con-gai@anas.test", { token })
        const held = bearer(await signIn("con-gai@anas.test"))
        expect((await responseOf(api.get("/producer/me", held))).status).toBe(200)

        const rejected = await responseOf(
          api.post(
            `/admin/ocop/producer-members/${accepted.data.member.id}/reject`,
            { reason: "Không còn làm ở cơ sở" },
            admin
          )
        )
        expect(rejected.status).toBe(400)
        const off = await responseOf(
          api.post(
            `/admin/ocop/producer-members/${accepted.data.member.id}/deactivate`,
            { reason: "Không còn làm ở cơ sở" },
            admin
          )
        )
        expect(off.status).toBe(200)
        expect(off.data.member.status).toBe("deactivated")
        for (const path of ["/producer/me", "/producer/products", "/producer/certifications"]) {
          const res = await responseOf(api.get(path, held))
          expect([401, 403]).toContain(res.status)
        }
      })
    })
  },
})
