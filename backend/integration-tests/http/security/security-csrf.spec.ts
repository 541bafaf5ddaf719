import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureAdminUser } from "../../../src/scripts/seed/admin-user"
import { ADMIN, responseOf } from "../fixtures"

// medusa-config's ADMIN_CORS default: the admin dashboard is served by the backend itself.
const ADMIN_ORIGIN = "http://localhost:9000"
const EVIL = "http://evil.example"

/** Signs in as the Medusa admin dashboard does: a token, traded for a session cookie. */
async function adminSession(api: any) {
  const { data } = await api.post("/auth/user/emailpass", ADMIN)
  const session = await api.post("/auth/session", undefined, {
    headers: { authorization: `Bearer ${data.token}` },
  })
  const cookie = (session.headers["set-cookie"] as string[])
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("connect.sid="))
  expect(cookie).toBeDefined()
  return { token: data.token as string, cookie: cookie! }
}

function multipart(fields: Record<string, string>) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  return form
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let cookie: string
    let token: string
    beforeEach(async () => {
      await ensureAdminUser(getContainer(), ADMIN.email, ADMIN.password)
      ;({ cookie, token } = await adminSession(api))
    })

    const categoryNames = async () => {
      const { data } = await api.get("/admin/product-categories", {
        headers: { authorization: `Bearer ${token}` },
      })
      return data.product_categories.map((c: any) => c.name)
    }

    describe("cookie-authenticated writes", () => {
      it("refuses a write from a foreign page, whatever the body's encoding, and writes nothing", async () => {
        const bodies: [string, unknown][] = [
          ["application/json", { name: "Evil JSON" }],
          ["application/x-www-form-urlencoded", "name=Evil+form"],
          ["text/plain", '{"name":"Evil text"}'],
        ]
        for (const [type, body] of bodies) {
          const res = await responseOf(
            api.post("/admin/product-categories", body, {
              headers: { cookie, origin: EVIL, "content-type": type },
            })
          )
          expect(res.status, type).toBe(403)
          expect(res.data).toEqual({ type: "not_allowed", message: expect.stringMatching(/origin/i) })
        }
        const form = await responseOf(
          api.post("/admin/product-categories", multipart({ name: "Evil multipart" }), {
            headers: { cookie, origin: EVIL },
          })
        )
        expect(form.status).toBe(403)
        expect(await categoryNames()).toEqual([])
      })

      it("refuses a cookie write that names no origin at all, and one from a cross-site fetch", async () => {
        const none = await responseOf(
          api.post("/admin/product-categories", { name: "No origin" }, { headers: { cookie } })
        )
        expect(none.status).toBe(403)
        const crossSite = await responseOf(
          api.post("/admin/product-categories", { name: "Cross site" }, {
            headers: { cookie, "sec-fetch-site": "cross-site" },
          })
        )
        expect(crossSite.status).toBe(403)
        expect(await categoryNames()).toEqual([])
      })

      it("accepts the dashboard's own JSON writes, and a same-origin fetch that omits Origin", async () => {
        const fromAdmin = await responseOf(
          api.post("/admin/product-categories", { name: "Đặc sản" }, {
            headers: { cookie, origin: ADMIN_ORIGIN },
          })
        )
        expect(fromAdmin.status).toBe(200)
        const sameOrigin = await responseOf(
          api.post("/admin/product-categories", { name: "Mật ong" }, {
            headers: { cookie, "sec-fetch-site": "same-origin" },
          })
        )
        expect(sameOrigin.status).toBe(200)
        expect((await categoryNames()).sort()).toEqual(["Mật ong", "Đặc sản"])

        // A body-less write (DELETE, as the dashboard sends it) has nothing to encode.
        const removed = await responseOf(
          api.delete(`/admin/product-categories/${fromAdmin.data.product_category.id}`, {
            headers: { cookie, origin: ADMIN_ORIGIN },
          })
        )
        expect(removed.status).toBe(200)
      })

      it("keeps the dashboard's multipart uploads working", async () => {
        const form = new FormData()
        form.append("files", new Blob(["scan"], { type: "text/plain" }), "scan.txt")
        const res = await responseOf(
          api.post("/admin/uploads", form, { headers: { cookie, origin: ADMIN_ORIGIN } })
        )
        expect(res.status).toBe(200)
        expect(res.data.files).toHaveLength(1)
      })

      it("refuses signing out from a foreign page", async () => {
        const res = await responseOf(
          api.delete("/auth/session", { headers: { cookie, origin: EVIL } })
        )
        expect(res.status).toBe(403)
      })
    })

    describe("bearer-token writes", () => {
      it("work without any Origin, as scripts and the storefront's server send them", async () => {
        const res = await responseOf(
          api.post("/admin/product-categories", { name: "Bearer" }, {
            headers: { authorization: `Bearer ${token}` },
          })
        )
        expect(res.status).toBe(200)
      })

      it("refuse a body that is not JSON on a route that takes no file, naming content-type", async () => {
        for (const [type, body] of [
          ["text/plain", '{"name":"Text"}'],
          ["application/x-www-form-urlencoded", "name=Form"],
        ]) {
          const res = await responseOf(
            api.post("/admin/product-categories", body, {
              headers: { authorization: `Bearer ${token}`, "content-type": type },
            })
          )
          expect(res.status, type).toBe(415)
          expect(res.data.message).toMatch(/content-type/)
        }
        const signIn = await responseOf(
          api.post("/auth/user/emailpass", `email=${ADMIN.email}&password=${ADMIN.password}`, {
            headers: { "content-type": "application/x-www-form-urlencoded" },
          })
        )
        expect(signIn.status).toBe(415)
        expect(await categoryNames()).toEqual([])
      })
    })

    describe("webhooks", () => {
      it("are outside the guarded areas: the bank's JSON post with neither cookie nor Origin reaches its own check", async () => {
        const res = await responseOf(
          api.post("/hooks/vietqr/reconcile", { reference: "OCOP1", amount: 45000 }, {
            headers: { cookie },
          })
        )
        // Reconciliation is off in tests (no VIETQR_RECONCILE_SECRET): the hook's own answer.
        expect(res.status).toBe(503)
        expect(res.data.type).toBe("not_configured")
      })
    })
  },
})
