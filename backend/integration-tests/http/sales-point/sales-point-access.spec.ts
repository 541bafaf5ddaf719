import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setSalesPointStaffPointsStep } from "@ocop-market/medusa-plugin-ocop/workflows/sales-point/steps/set-sales-point-staff-points"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import { SALES_POINT_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/sales-point"
import { adminHeaders, responseOf } from "../fixtures"
import { producerSession, seedProducerLogins } from "../producer-fixtures"
import {
  counterOrders,
  levelAt,
  movementsOf,
  type SalesPointSetup,
  setupSalesPoints,
  STAFF_PASSWORD,
} from "../sales-point-fixtures"

type Call = {
  method: "get" | "post"
  url: (s: SalesPointSetup, point: any) => string
  body?: (s: SalesPointSetup, other: any) => any
  // A route of one point: another point's id is a 404.
  scoped: boolean
}

const point = (path: string) => (_s: SalesPointSetup, p: any) =>
  `/sales-point/points/${p.id}${path}`

// Every staff route.
const staffRoutes: Call[] = [
  { method: "get", url: () => "/sales-point/me", scoped: false },
  { method: "get", url: () => "/sales-point/points", scoped: false },
  { method: "get", url: point("/stock"), scoped: true },
  { method: "get", url: point("/variants?q=tuong"), scoped: true },
  { method: "get", url: point("/movements"), scoped: true },
  { method: "get", url: point("/movements?format=csv"), scoped: true },
  { method: "get", url: point("/transfers"), scoped: true },
  { method: "get", url: point("/sales/summary"), scoped: true },
  { method: "get", url: point("/orders/order_any"), scoped: true },
  {
    method: "post",
    url: point("/receive"),
    body: (s) => ({ variant_id: s.variants[0].id, quantity: 2, lot_code: "LOT-T1", expires_on: "2099-12-31" }),
    scoped: true,
  },
  {
    method: "post",
    url: point("/adjust"),
    body: (s) => ({
      variant_id: s.variants[0].id,
      adjustment: -1,
      reason: "damage",
    }),
    scoped: true,
  },
  {
    method: "post",
    url: point("/transfers"),
    body: (s, other) => ({
      to_sales_point_id: other.id,
      variant_id: s.variants[0].id,
      quantity: 1,
    }),
    scoped: true,
  },
  {
    method: "post",
    url: point("/transfers/ocst_any/receive"),
    body: () => ({}),
    scoped: true,
  },
  {
    method: "post",
    url: point("/sales"),
    body: (s) => ({
      items: [{ variant_id: s.variants[0].id, quantity: 1 }],
      payment_method: "cash",
    }),
    scoped: true,
  },
]

// A removal whose later step fails: the staff member's points must come back.
const removeThenFail = createWorkflow(
  "ocop-test-remove-sales-point-staff-then-fail",
  (input: { id: string; sales_point_ids: string[] }) => {
    setSalesPointStaffPointsStep([input] as any)
    createStep("ocop-test-fail-after-removal", async () => {
      throw new Error("a later step failed")
    })()
    return new WorkflowResponse(undefined)
  }
)

const label = (c: Call) =>
  `${c.method.toUpperCase()} ${c.url({} as any, { id: ":id" })}`

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbUtils }) => {
    let s: SalesPointSetup
    const send = (c: Call, p: any, other: any, headers?: any) =>
      responseOf(
        c.method === "get"
          ? api.get(c.url(s, p), headers)
          : api.post(c.url(s, p), c.body!(s, other), headers)
      )
    const nothingChanged = async () => {
      for (const p of [s.pointA, s.pointB]) {
        expect(
          await levelAt(
            getContainer(),
            s.variants[0].inventory_item_id,
            p.stock_location_id
          )
        ).toEqual({ stocked: 20, reserved: 0 })
        expect(await movementsOf(getContainer(), p.id)).toHaveLength(0)
      }
      expect(await counterOrders(getContainer())).toHaveLength(0)
      expect(
        await (
          getContainer().resolve(SALES_POINT_MODULE) as any
        ).listSalesPointTransfers({})
      ).toHaveLength(0)
    }

    beforeAll(async () => {
      s = await setupSalesPoints(api, getContainer())
      await dbUtils.snapshot()
    })

    describe("staff of point A", () => {
      it.each(staffRoutes.filter((c) => c.scoped).map((c) => [label(c), c]))(
        "gets a 404 from %s for point B and changes nothing",
        async (_label, c) => {
          const res = await send(c as Call, s.pointB, s.pointA, s.a)
          expect(res.status).toBe(404)
          await nothingChanged()
        }
      )

      it.each(staffRoutes.map((c) => [label(c), c]))(
        "may call %s for point A",
        async (_label, c) => {
          const res = await send(c as Call, s.pointA, s.pointB, s.a)
          // The transfer and order ids are made up: their 404 names them; everything else succeeds.
          const made = /(ocst|order)_any/.exec((c as Call).url(s, s.pointA))
          if (made) {
            expect(res.status).toBe(404)
            expect(res.data.message).toContain(
              made[1] === "ocst" ? "transfer_id" : "order_id"
            )
          } else {
            expect([200, 201]).toContain(res.status)
          }
        }
      )

      it("reads the receipt of its own counter sale; point B's staff gets a 404 for it", async () => {
        const sold = await api.post(
          `/sales-point/points/${s.pointA.id}/sales`,
          {
            items: [{ variant_id: s.variants[0].id, quantity: 2 }],
            payment_method: "card_at_counter",
          },
          s.a
        )
        const orderId = sold.data.sale.order_id
        const mine = await api.get(
          `/sales-point/points/${s.pointA.id}/orders/${orderId}`,
          s.a
        )
        expect(mine.data.receipt).toEqual(
          expect.objectContaining({
            order_id: orderId,
            display_id: expect.any(Number),
            payment_method: "card_at_counter",
            units: 2,
            total: sold.data.sale.total,
            sales_point: expect.objectContaining({ id: s.pointA.id }),
            lines: [expect.objectContaining({ quantity: 2 })],
          })
        )
        const theirs = await responseOf(
          api.get(`/sales-point/points/${s.pointB.id}/orders/${orderId}`, s.b)
        )
        expect(theirs.status).toBe(404)
        expect(theirs.data.message).toContain("order_id")
      })

      it("sees only its own point in /sales-point/me, and every point's name in /sales-point/points", async () => {
        const me = await api.get("/sales-point/me", s.a)
        expect(me.data.sales_points.map((p: any) => p.id)).toEqual([
          s.pointA.id,
        ])
        const all = await api.get("/sales-point/points", s.a)
        expect(all.data.sales_points.map((p: any) => [p.id, p.mine])).toEqual(
          expect.arrayContaining([
            [s.pointA.id, true],
            [s.pointB.id, false],
          ])
        )
        expect(all.data.sales_points[0]).not.toHaveProperty("stock")
      })
    })

    describe("callers that are not sales point staff", () => {
      const roles: [string, () => Promise<any>][] = [
        ["anonymous", async () => undefined],
        [
          "a customer",
          async () => {
            const { data } = await api.post(
              "/auth/customer/emailpass/register",
              {
                email: "khach@example.test",
                password: "s3cret-customer",
              }
            )
            return { headers: { authorization: `Bearer ${data.token}` } }
          },
        ],
        [
          "a producer",
          async () => {
            await seedProducerLogins(getContainer())
            const [producer] = await (
              getContainer().resolve(PRODUCER_MODULE) as any
            ).listProducers({}, { select: ["handle"], take: 1 })
            return (await producerSession(api, getContainer(), producer.handle))
              .headers
          },
        ],
        ["an admin", async () => adminHeaders(api, getContainer())],
      ]
      it.each(roles)(
        "%s gets a 401 from every staff route and changes nothing",
        async (_role, headersOf) => {
          const headers = await headersOf()
          for (const c of staffRoutes) {
            const res = await send(c, s.pointA, s.pointB, headers)
            expect([label(c), res.status]).toEqual([label(c), 401])
          }
          await nothingChanged()
        }
      )

      it("staff cannot call the office's sales point routes", async () => {
        const res = await responseOf(api.get("/admin/ocop/sales-points", s.a))
        expect(res.status).toBe(401)
      })
    })

    describe("DELETE /admin/ocop/sales-points/:id/staff/:staff_id", () => {
      const staffOf = async (handle: string) => {
        const [staff] = await (
          getContainer().resolve(SALES_POINT_MODULE) as any
        ).listSalesPointStaffs({ email: `${handle}@staff.test` })
        return staff
      }

      it("stops the removed member's existing token at that point at once; their other point keeps working", async () => {
        const admin = await adminHeaders(api, getContainer())
        await api.post(
          `/admin/ocop/sales-points/${s.pointB.id}/staff`,
          { email: `${s.pointA.handle}@staff.test` },
          admin
        )
        const before = await responseOf(
          api.get(`/sales-point/points/${s.pointB.id}/stock`, s.a)
        )
        expect(before.status).toBe(200)
        const staff = await staffOf(s.pointA.handle)

        const removed = await responseOf(
          api.delete(
            `/admin/ocop/sales-points/${s.pointB.id}/staff/${staff.id}`,
            admin
          )
        )
        expect(removed.status).toBe(200)
        expect(removed.data.sales_point_ids).toEqual([s.pointA.id])

        // The same bearer token, issued before the removal.
        const refused = await responseOf(
          api.get(`/sales-point/points/${s.pointB.id}/stock`, s.a)
        )
        expect(refused.status).toBe(404)
        const adjust = await responseOf(
          api.post(
            `/sales-point/points/${s.pointB.id}/adjust`,
            { variant_id: s.variants[0].id, adjustment: -1, reason: "damage" },
            s.a
          )
        )
        expect(adjust.status).toBe(404)
        expect(await movementsOf(getContainer(), s.pointB.id)).toHaveLength(0)
        const kept = await responseOf(
          api.get(`/sales-point/points/${s.pointA.id}/stock`, s.a)
        )
        expect(kept.status).toBe(200)
        const me = await api.get("/sales-point/me", s.a)
        expect(me.data.sales_points.map((p: any) => p.id)).toEqual([
          s.pointA.id,
        ])
        const list = await api.get(
          `/admin/ocop/sales-points/${s.pointB.id}/staff`,
          admin
        )
        expect(list.data.staff.map((m: any) => m.id)).not.toContain(staff.id)
      })

      it("leaves someone removed from their only point a login that reaches nothing", async () => {
        const admin = await adminHeaders(api, getContainer())
        const staff = await staffOf(s.pointA.handle)
        const removed = await responseOf(
          api.delete(
            `/admin/ocop/sales-points/${s.pointA.id}/staff/${staff.id}`,
            admin
          )
        )
        expect(removed.status).toBe(200)
        const refused = await responseOf(
          api.get(`/sales-point/points/${s.pointA.id}/stock`, s.a)
        )
        expect(refused.status).toBe(404)
        const me = await api.get("/sales-point/me", s.a)
        expect(me.data.sales_points).toEqual([])
      })

      it("answers 404 naming staff_id for someone who does not work at the point, and changes nothing", async () => {
        const admin = await adminHeaders(api, getContainer())
        const staffA = await staffOf(s.pointA.handle)
        for (const id of [staffA.id, "ocss_nope"]) {
          const res = await responseOf(
            api.delete(
              `/admin/ocop/sales-points/${s.pointB.id}/staff/${id}`,
              admin
            )
          )
          expect(res.status).toBe(404)
          expect(res.data.message).toContain("staff_id")
        }
        const stillA = await responseOf(
          api.get(`/sales-point/points/${s.pointA.id}/stock`, s.a)
        )
        expect(stillA.status).toBe(200)
        const stillB = await responseOf(
          api.get(`/sales-point/points/${s.pointB.id}/stock`, s.b)
        )
        expect(stillB.status).toBe(200)
      })

      it("gives the points back when a later step of the removal fails", async () => {
        const admin = await adminHeaders(api, getContainer())
        await api.post(
          `/admin/ocop/sales-points/${s.pointB.id}/staff`,
          { email: `${s.pointA.handle}@staff.test` },
          admin
        )
        const staff = await staffOf(s.pointA.handle)
        const { errors } = await removeThenFail(getContainer()).run({
          input: { id: staff.id, sales_point_ids: [s.pointA.id] },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const me = await api.get("/sales-point/me", s.a)
        expect(me.data.sales_points.map((p: any) => p.id).sort()).toEqual(
          [s.pointA.id, s.pointB.id].sort()
        )
      })

      it("refuses a staff token (401) and removes nothing", async () => {
        const staffB = await staffOf(s.pointB.handle)
        const res = await responseOf(
          api.delete(
            `/admin/ocop/sales-points/${s.pointB.id}/staff/${staffB.id}`,
            s.a
          )
        )
        expect(res.status).toBe(401)
        const stillB = await responseOf(
          api.get(`/sales-point/points/${s.pointB.id}/stock`, s.b)
        )
        expect(stillB.status).toBe(200)
      })

      it("refuses a query parameter or a body, naming it", async () => {
        const admin = await adminHeaders(api, getContainer())
        const staffB = await staffOf(s.pointB.handle)
        const url = `/admin/ocop/sales-points/${s.pointB.id}/staff/${staffB.id}`
        const query = await responseOf(api.delete(`${url}?force=true`, admin))
        expect(query.status).toBe(400)
        expect(query.data.message).toContain("force")
        const body = await responseOf(
          api.delete(url, { ...admin, data: { keep_login: false } })
        )
        expect(body.status).toBe(400)
        expect(body.data.message).toContain("keep_login")
        const stillB = await responseOf(
          api.get(`/sales-point/points/${s.pointB.id}/stock`, s.b)
        )
        expect(stillB.status).toBe(200)
      })
    })

    describe("POST /admin/ocop/sales-points/:id/staff", () => {
      it("gives a new person a login at the point, and adds a second point to an existing login", async () => {
        const admin = await adminHeaders(api, getContainer())
        const created = await api.post(
          `/admin/ocop/sales-points/${s.pointB.id}/staff`,
          {
            email: "moi@staff.test",
            password: STAFF_PASSWORD,
            name: "Chị Mới",
          },
          admin
        )
        expect(created.status).toBe(201)
        const { data } = await api.post("/auth/sales_point_staff/emailpass", {
          email: "moi@staff.test",
          password: STAFF_PASSWORD,
        })
        const me = await api.get("/sales-point/me", {
          headers: { authorization: `Bearer ${data.token}` },
        })
        expect(me.data.sales_points.map((p: any) => p.id)).toEqual([
          s.pointB.id,
        ])

        await api.post(
          `/admin/ocop/sales-points/${s.pointB.id}/staff`,
          { email: `${s.pointA.handle}@staff.test` },
          admin
        )
        const both = await api.get("/sales-point/me", s.a)
        expect(both.data.sales_points.map((p: any) => p.id).sort()).toEqual(
          [s.pointA.id, s.pointB.id].sort()
        )
        const stockB = await api.get(
          `/sales-point/points/${s.pointB.id}/stock`,
          s.a
        )
        expect(stockB.status).toBe(200)
      })

      it("refuses a new login without a password or at an unknown point, naming the field", async () => {
        const admin = await adminHeaders(api, getContainer())
        const noPassword = await responseOf(
          api.post(
            `/admin/ocop/sales-points/${s.pointB.id}/staff`,
            { email: "x@staff.test" },
            admin
          )
        )
        expect(noPassword.status).toBe(400)
        expect(noPassword.data.message).toContain("password")
        const unknown = await responseOf(
          api.post(
            "/admin/ocop/sales-points/ocsp_nope/staff",
            { email: "y@staff.test", password: STAFF_PASSWORD },
            admin
          )
        )
        expect(unknown.status).toBe(404)
        const staff = await (
          getContainer().resolve(SALES_POINT_MODULE) as any
        ).listSalesPointStaffs({})
        expect(staff).toHaveLength(2)
      })
    })
  },
})
