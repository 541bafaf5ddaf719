/**
 * The name a courier asks for at the door. A Vietnamese name is family name first
 * ("Trần Minh"); the storefront keeps the given name in Medusa's `first_name` and the
 * family name in `last_name` (storefront/app/lib/format.ts splitFullName), so the two
 * are joined the other way round from Medusa's order.
 */
export function recipientName(address: {
  first_name?: string | null
  last_name?: string | null
}): string {
  return [address.last_name, address.first_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ")
}
