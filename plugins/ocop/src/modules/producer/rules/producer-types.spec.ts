import { PRODUCER_TYPE_LABELS, PRODUCER_TYPES } from "./producer-types"

describe("PRODUCER_TYPE_LABELS", () => {
  it("labels every producer type in Vietnamese and English", () => {
    expect(Object.keys(PRODUCER_TYPE_LABELS).sort()).toEqual(
      [...PRODUCER_TYPES].sort()
    )
  })

  it("uses the Vietnamese names producers see on their decisions", () => {
    expect(PRODUCER_TYPES.map((type) => PRODUCER_TYPE_LABELS[type].vi)).toEqual(
      ["Hộ kinh doanh", "Hợp tác xã (HTX)", "Tổ hợp tác (THT)", "Doanh nghiệp"]
    )
  })
})
