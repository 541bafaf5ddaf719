import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { assignStoreBarcodesWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import assignMissingStoreBarcodesJob, {
  config as missingBarcodesJob,
} from "@ocop-market/medusa-plugin-ocop/jobs/assign-missing-store-barcodes"
import { isEan13 } from "../../../../plugins/ocop/src/modules/sales-point/rules/ean13"
import { type SalesPointSetup, setupSalesPoints } from "../sales-point-fixtures"

// Every pack carries an EAN-13: its GTIN when it has one, else an in-store 20… number.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let s: SalesPointSetup
    const eans = async () => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id", "ean"] })
      return new Map(data.map((v: any) => [v.id as string, v.ean as string | null]))
    }

    beforeEach(async () => {
      s = await setupSalesPoints(api, getContainer())
    })

    it("gives every pack a unique EAN-13 with a right check digit, keeps a producer's GTIN, and never renumbers", async () => {
      // A producer's GTIN (Vietnam's GS1 prefix 893) on one pack, without an EAN yet.
      const gtin = "8930000000012".slice(0, 12)
      const withGtin = gtin + ((10 - ([...gtin].reduce((x, d, i) => x + Number(d) * (i % 2 ? 3 : 1), 0) % 10)) % 10)
      const products = getContainer().resolve(Modules.PRODUCT)
      await products.updateProductVariants(s.variants[0].id, { ean: null, barcode: withGtin })
      await products.updateProductVariants(s.variants[1].id, { ean: null })

      await assignStoreBarcodesWorkflow(getContainer()).run({ input: {} })
      const first = await eans()
      const codes = s.variants.map((v) => first.get(v.id))
      expect(codes.every((c) => c && isEan13(c))).toBe(true)
      expect(new Set(codes).size).toBe(codes.length)
      expect(first.get(s.variants[0].id)).toBe(withGtin)
      expect(first.get(s.variants[1].id)).toMatch(/^20\d{11}$/)

      await assignStoreBarcodesWorkflow(getContainer()).run({ input: {} })
      expect(await eans()).toEqual(first)

      // The counter finds a pack by its code, as a scanner types it.
      const code = first.get(s.variants[1].id)!
      const found = await api.get(`/sales-point/points/${s.pointA.id}/stock?q=${code}`, s.a)
      expect(found.data.stock.map((r: any) => [r.variant_id, r.ean])).toEqual([[s.variants[1].id, code]])
    })

    it("labels within the hour a pack whose product's event gave up, and leaves the others' codes", async () => {
      await assignStoreBarcodesWorkflow(getContainer()).run({ input: {} })
      const before = await eans()
      // What a bulk import leaves when an event's run gives up waiting for the lock.
      await getContainer()
        .resolve(Modules.PRODUCT)
        .updateProductVariants(s.variants[1].id, { ean: null })

      await assignMissingStoreBarcodesJob(getContainer())
      const after = await eans()
      expect(after.get(s.variants[1].id)).toMatch(/^20\d{11}$/)
      expect(isEan13(after.get(s.variants[1].id)!)).toBe(true)
      const others = s.variants.filter((v) => v.id !== s.variants[1].id)
      expect(others.length).toBeGreaterThan(0)
      for (const v of others) expect(after.get(v.id)).toBe(before.get(v.id))
      expect(missingBarcodesJob.schedule).toMatch(/^\d+ \* \* \* \*$/)
    })
  },
})
