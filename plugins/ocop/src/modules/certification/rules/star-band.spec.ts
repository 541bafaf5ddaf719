import {
  isScoreInStarBand,
  isStarLevel,
  MIN_OCOP_STARS,
  STAR_LEVELS,
  starBandLabel,
  starsForScore,
} from "./star-band"

describe("starsForScore", () => {
  it.each([
    [100, 5],
    [90, 5],
    [89.99, 4],
    [70, 4],
    [69.99, 3],
    [50, 3],
    [49.99, 2],
    [30, 2],
    [29.99, 1],
    [0, 1],
  ])("gives a score of %s %s stars", (score, stars) => {
    expect(starsForScore(score)).toBe(stars)
  })

  it("refuses a score outside the 100-point scorecard", () => {
    expect(() => starsForScore(100.01)).toThrow(RangeError)
    expect(() => starsForScore(-1)).toThrow(/score/)
    expect(() => starsForScore(Number.NaN)).toThrow(RangeError)
  })
})

describe("isScoreInStarBand", () => {
  it("accepts a score on the lower edge of its band", () => {
    expect(isScoreInStarBand(5, 90)).toBe(true)
    expect(isScoreInStarBand(4, 70)).toBe(true)
    expect(isScoreInStarBand(3, 50)).toBe(true)
  })

  it("rejects a score just below the band it claims", () => {
    expect(isScoreInStarBand(5, 89.99)).toBe(false)
    expect(isScoreInStarBand(4, 69.99)).toBe(false)
  })

  it("rejects a score that belongs to a higher band", () => {
    expect(isScoreInStarBand(4, 90)).toBe(false)
    expect(isScoreInStarBand(3, 72.1)).toBe(false)
  })

  it("rejects star levels and scores that cannot exist", () => {
    expect(isScoreInStarBand(6, 95)).toBe(false)
    expect(isScoreInStarBand(4.5, 80)).toBe(false)
    expect(isScoreInStarBand(5, 101)).toBe(false)
  })
})

describe("starBandLabel", () => {
  it("describes each band in the words error messages use", () => {
    expect(STAR_LEVELS.map(starBandLabel)).toEqual([
      "0 to <30",
      "30 to <50",
      "50 to <70",
      "70 to <90",
      "90–100",
    ])
  })
})

describe("isStarLevel", () => {
  it("accepts only the whole numbers 1 to 5", () => {
    expect(STAR_LEVELS.every(isStarLevel)).toBe(true)
    expect([0, 6, 3.5, Number.NaN].some(isStarLevel)).toBe(false)
  })
})

describe("MIN_OCOP_STARS", () => {
  it("is 3, the lowest class that earns a certificate", () => {
    expect(MIN_OCOP_STARS).toBe(3)
  })
})
