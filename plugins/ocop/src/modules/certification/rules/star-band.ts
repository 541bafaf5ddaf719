export const STAR_LEVELS = [1, 2, 3, 4, 5] as const
export type StarLevel = (typeof STAR_LEVELS)[number]

/** 1★ and 2★ products get no certificate and may not carry the OCOP mark. */
export const MIN_OCOP_STARS = 3

// Lowest score of each band; a band runs up to, but not including, the next
// band's floor. 148/QĐ-TTg kept the bands of 1048/QĐ-TTg unchanged.
const BAND_FLOORS: Record<StarLevel, number> = {
  1: 0,
  2: 30,
  3: 50,
  4: 70,
  5: 90,
}

const BAND_LABELS: Record<StarLevel, string> = {
  1: "0 to <30",
  2: "30 to <50",
  3: "50 to <70",
  4: "70 to <90",
  5: "90–100",
}

export function isStarLevel(stars: number): stars is StarLevel {
  return (STAR_LEVELS as readonly number[]).includes(stars)
}

function isValidScore(score: number): boolean {
  return Number.isFinite(score) && score >= 0 && score <= 100
}

/**
 * The star class a scorecard total earns. Throws a RangeError outside
 * 0–100: callers validate input first, so reaching it is a programming error.
 */
export function starsForScore(score: number): StarLevel {
  if (!isValidScore(score)) {
    throw new RangeError(`score must be a number from 0 to 100, got ${score}`)
  }
  for (const stars of [...STAR_LEVELS].reverse()) {
    if (score >= BAND_FLOORS[stars]) return stars
  }
  return 1
}

export function isScoreInStarBand(stars: number, score: number): boolean {
  return (
    isStarLevel(stars) && isValidScore(score) && starsForScore(score) === stars
  )
}

export function starBandLabel(stars: StarLevel): string {
  return BAND_LABELS[stars]
}
