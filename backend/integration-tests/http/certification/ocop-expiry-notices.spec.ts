import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/certification"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import {
  notifyCertificationRevokedWorkflow,
  notifyExpiringCertificationsWorkflow,
  revokeCertificationWorkflow,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import { seedShop } from "../fixtures"
import { seedProducerLogins } from "../producer-fixtures"

const addDays = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer, dbUtils }) => {
    beforeAll(async () => {
      // One seeded product (Bánh hạnh nhân Tiến Anh) with its active certificate.
      await seedShop(getContainer(), ["p29"])
      await dbUtils.snapshot()
    })

    const producerModule = () => getContainer().resolve(PRODUCER_MODULE) as any
    const certificationModule = () =>
      getContainer().resolve(CERTIFICATION_MODULE) as any
    const notificationsOf = (certificationId: string) =>
      getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications(
          { resource_id: certificationId },
          { order: { created_at: "ASC" } }
        )
    const run = (today: string) =>
      notifyExpiringCertificationsWorkflow(getContainer()).run({
        input: { today },
      })

    // The seeded certificate, its last valid day and its producer.
    const certificate = async () => {
      const [c] = await certificationModule().listCertifications(
        { status: "active" },
        { select: ["id", "valid_until", "recognized_year", "metadata"] }
      )
      const end = c.valid_until
        ? new Date(c.valid_until).toISOString().slice(0, 10)
        : `${c.recognized_year + 3}-12-31`
      return { ...c, end }
    }

    describe("notifyExpiringCertificationsWorkflow", () => {
      it("emails the producer's members once at 60 and once at 14 days before the end, however often it runs", async () => {
        const logins = await seedProducerLogins(getContainer())
        const { id, end } = await certificate()

        await run(addDays(end, -61))
        expect(await notificationsOf(id)).toHaveLength(0)

        await run(addDays(end, -60))
        await run(addDays(end, -60))
        await run(addDays(end, -45))
        const at60 = await notificationsOf(id)
        expect(at60).toHaveLength(1)
        expect(at60[0]).toEqual(
          expect.objectContaining({
            channel: "email",
            template: "ocop-certification-expiring",
            resource_type: "certification",
            data: expect.objectContaining({
              threshold_days: 60,
              days_left: 60,
              valid_until: end,
            }),
          })
        )
        expect(logins.map((l: any) => l.email)).toContain(at60[0].to)

        await run(addDays(end, -14))
        await run(addDays(end, -3))
        const all = await notificationsOf(id)
        expect(all.map((n: any) => n.data.threshold_days)).toEqual([60, 14])

        const { metadata } = await certificate()
        expect(metadata.ocop_expiry_notices).toEqual({
          "60": addDays(end, -60),
          "14": addDays(end, -14),
        })
      })

      it("sends only the 14-day notice to a certificate first seen 10 days before its end", async () => {
        await seedProducerLogins(getContainer())
        const { id, end } = await certificate()
        const { result } = await run(addDays(end, -10))
        expect(result).toEqual([
          expect.objectContaining({ certification_id: id, threshold: 14 }),
        ])
        await run(addDays(end, -9))
        const sent = await notificationsOf(id)
        expect(sent.map((n: any) => n.data.threshold_days)).toEqual([14])
      })

      it("writes to the producer's own address when it has no portal members", async () => {
        const [producer] = await producerModule().listProducers({}, { select: ["id"] })
        await producerModule().updateProducers({
          id: producer.id,
          email: "htx@producer.test",
        })
        const { id, end } = await certificate()
        await run(addDays(end, -14))
        const sent = await notificationsOf(id)
        expect(sent.map((n: any) => n.to)).toEqual(["htx@producer.test"])
      })

      it("undoes the record when a late step fails, and the re-run still sends the notice once", async () => {
        await seedProducerLogins(getContainer())
        const { id, end } = await certificate()
        const workflow = notifyExpiringCertificationsWorkflow(getContainer())
        workflow.addAction(
          "fail-after-sending",
          {
            invoke: async () => {
              throw new Error("the night job was stopped")
            },
          },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: { today: addDays(end, -60) },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("night job was stopped")
        const { metadata } = await certificate()
        expect(metadata?.ocop_expiry_notices).toBeUndefined()

        await run(addDays(end, -59))
        expect(await notificationsOf(id)).toHaveLength(1)
        expect((await certificate()).metadata.ocop_expiry_notices).toEqual({
          "60": addDays(end, -59),
        })
      })

      it("does not notify about expired, revoked or far-off certificates", async () => {
        await seedProducerLogins(getContainer())
        const { id, end } = await certificate()
        await run(addDays(end, 1))
        await certificationModule().updateCertifications({ id, status: "revoked" })
        await run(addDays(end, -14))
        expect(await notificationsOf(id)).toHaveLength(0)
      })
    })

    describe("revocation notice", () => {
      it("tells the producer's members why, once, as soon as the office revokes", async () => {
        const logins = await seedProducerLogins(getContainer())
        const { id } = await certificate()
        const reason = "Nhãn không khớp hồ sơ đã công nhận"
        await revokeCertificationWorkflow(getContainer()).run({ input: { id, reason } })

        // The subscriber runs after the workflow, off the request.
        let notices: any[] = []
        for (let i = 0; i < 40 && !notices.length; i++) {
          await new Promise((r) => setTimeout(r, 250))
          notices = await notificationsOf(id)
        }
        expect(notices).toHaveLength(1)
        expect(notices[0]).toEqual(
          expect.objectContaining({
            channel: "email",
            template: "ocop-certification-revoked",
            data: expect.objectContaining({ reason }),
          })
        )
        expect(logins.map((l: any) => l.email)).toContain(notices[0].to)

        // A redelivered event sends nothing more.
        await notifyCertificationRevokedWorkflow(getContainer()).run({ input: { certification_id: id } })
        expect(await notificationsOf(id)).toHaveLength(1)
      })
    })
  },
})
