import { describe, expect, it } from "vitest"
import { findVietQrReferences } from "./find-vietqr-references"

describe("findVietQrReferences", () => {
  it("finds the reference in a note a bank has upper-cased, glued and prefixed", () => {
    expect(
      findVietQrReferences(
        "MBVCB.3278907687.ocop01jx9k2m4q.CT tu 0123456789 NGUYEN THI LAN toi 9704..."
      )
    ).toEqual(["OCOP01JX9K2M4Q"])
  })

  it("finds it when the bank split it with spaces or dashes and glued text after it", () => {
    expect(findVietQrReferences("IBFT OCOP 01JX-9K2M 4QTHANH TOAN DON HANG")).toEqual([
      "OCOP01JX9K2M4Q",
    ])
  })

  it("offers every OCOP-led candidate, first the earliest, so a word like OCOP in a name does not hide the reference", () => {
    expect(findVietQrReferences("CHO OCOP AN GIANG OCOP01JX9K2M4Q")).toEqual([
      "OCOPANGIANGOCO",
      "OCOP01JX9K2M4Q",
    ])
  })

  it("finds nothing in a note without a reference, or with a cut-off one", () => {
    expect(findVietQrReferences("CHUYEN TIEN MUA HANG")).toEqual([])
    expect(findVietQrReferences("OCOP01JX9")).toEqual([])
  })
})
