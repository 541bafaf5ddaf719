type ProducerContacts = {
  email?: string | null
  members?: ({ email?: string | null; status?: string | null } | null)[] | null
} | null

/**
 * Who hears from the office about a producer's certificates: its active portal
 * members, else the address on the producer's record, else nobody.
 */
export function producerRecipients(producer: ProducerContacts | undefined): string[] {
  const members = (producer?.members ?? [])
    .filter((m) => m?.status === "active" && m.email)
    .map((m) => m!.email as string)
  if (members.length) return members
  return producer?.email ? [producer.email] : []
}
