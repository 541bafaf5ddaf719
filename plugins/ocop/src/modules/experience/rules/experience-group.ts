/** A group booked on one date: every visitor, and of them those at the child price. */
export type ExperienceGroup = { guests: number; children: number }

/** What an experience says about groups. */
export type ExperienceGroupTerms = {
  capacity_per_date: number
  child_price: number | null
}

/**
 * Why this group cannot go on one date of the experience, naming the field, or null:
 * no more guests than a day holds, children only where there is a child price, and
 * never children without an adult. The booking route and cart completion both ask
 * it, so a group changed line by line in the cart meets the same rule.
 */
export function experienceGroupViolation(
  group: ExperienceGroup,
  terms: ExperienceGroupTerms
): { field: "guests" | "children"; message: string } | null {
  const { guests, children } = group
  if (guests > terms.capacity_per_date) {
    return {
      field: "guests",
      message: `guests: ${guests} is more than the ${terms.capacity_per_date} a day holds`,
    }
  }
  if (children > 0 && terms.child_price == null) {
    return {
      field: "children",
      message:
        "children: this experience has no child price, count children as guests",
    }
  }
  if (children > 0 && children >= guests) {
    return {
      field: "children",
      message: `children: ${children} of ${guests} guests leaves no adult, children come with an adult`,
    }
  }
  return null
}

/**
 * Whether a line of a date variant is the children's line. Only the booking workflow
 * prices a line itself (the child price); a shopper can write a line's metadata
 * through core's store routes but never its price, so the price decides, not
 * `metadata.ocop_guest_kind`.
 */
export function isChildLine(line: { is_custom_price?: boolean | null }) {
  return line.is_custom_price === true
}
