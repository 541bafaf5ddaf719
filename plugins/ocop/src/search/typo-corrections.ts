import type { Knex } from "@mikro-orm/postgresql"
import { SEARCH_WORD_TABLE } from "./search-words"

const LETTERS = "abcdefghijklmnopqrstuvwxyz"
/** Alternatives kept per query word, and corrected queries tried at most. */
const MAX_ALTERNATIVES = 6
export const MAX_CORRECTED_QUERIES = 16
/** Above any sum of corrections of the unknown words of a query. */
const KNOWN_WORD_PENALTY = 10
/** Below this length trigrams say little ("hao"/"hoa" share one), so only one edit is tried. */
const TRIGRAM_MIN_LENGTH = 5

/**
 * Every string one edit away from `word` (a letter deleted, swapped with the
 * next, replaced or inserted), with its cost: a swap, the commonest slip of a
 * thumb on a phone keyboard ("hao" for "hoa"), costs less than the others.
 */
export function editsOf(word: string): Map<string, number> {
  const out = new Map<string, number>()
  const add = (variant: string, cost: number) => {
    if (variant !== word && !(out.get(variant)! <= cost)) out.set(variant, cost)
  }
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2), 1)
    if (tail) add(head + tail.slice(1), 1.2)
    for (const c of LETTERS) {
      if (tail) add(head + c + tail.slice(1), 1.2)
      add(head + c + tail, 1.2)
    }
  }
  return out
}

/** A query word's candidates, best first; `cost` 0 is the word itself. */
export type WordAlternative = { word: string; cost: number }

/**
 * Looks up each query word's spelling alternatives in the vocabulary of indexed
 * words: the word itself if it is known, words one edit away (primary-key
 * look-ups), and for longer words the trigram-similar ones (the GIN trigram
 * index answers `%` at pg_trgm's default 0.3 threshold). Nothing scans the
 * documents, so the cost grows with the query, not with the catalogue.
 */
export async function wordAlternatives(
  pg: Knex,
  words: string[]
): Promise<WordAlternative[][]> {
  const edits = words.map((w) => editsOf(w))
  const exactCandidates = [
    ...new Set([...words, ...edits.flatMap((e) => [...e.keys()])]),
  ]
  const long = words.filter((w) => w.length >= TRIGRAM_MIN_LENGTH)
  // In turn: the search runs this in its statement-timeout transaction, on one connection.
  const known = await pg.raw(
    `select word from ${SEARCH_WORD_TABLE}
       where word in (select jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(exactCandidates)]
  )
  const similar = await (long.length
    ? pg.raw(
        `select q.w as query, v.word, v.sim
           from jsonb_array_elements_text(?::jsonb) as q(w)
           cross join lateral (
             select word, similarity(word, q.w) as sim
             from ${SEARCH_WORD_TABLE}
             where word % q.w
             order by sim desc, word
             limit ${MAX_ALTERNATIVES}
           ) v`,
        [JSON.stringify(long)]
      )
    : { rows: [] })
  const knownWords = new Set<string>(known.rows.map((r: any) => r.word))
  return words.map((word, i) => {
    const found = new Map<string, number>()
    // A word the index knows is probably meant: its corrections come only after
    // every correction of the unknown words ("mat ong hao tram" still reaches
    // "hoa", but "nuoc khaong" corrects "khaong" first).
    const known = knownWords.has(word)
    const penalty = known ? KNOWN_WORD_PENALTY : 0
    if (known) found.set(word, 0)
    for (const [edit, cost] of edits[i]) {
      if (knownWords.has(edit) && !found.has(edit)) found.set(edit, cost + penalty)
    }
    for (const row of similar.rows as any[]) {
      if (row.query === word && !found.has(row.word))
        found.set(row.word, 2 - Number(row.sim) + penalty)
    }
    return [...found]
      .map(([w, cost]) => ({ word: w, cost }))
      .sort((a, b) => a.cost - b.cost || a.word.localeCompare(b.word))
      .slice(0, MAX_ALTERNATIVES)
  })
}

/**
 * Corrected queries, cheapest first: one alternative per word, the total cost
 * the sum of the words' costs. A word with no alternative is left out (it
 * matches nothing anyway); the query exactly as typed is not repeated.
 */
export function correctedQueries(
  words: string[],
  alternatives: WordAlternative[][]
): string[] {
  let beams: { words: string[]; cost: number }[] = [{ words: [], cost: 0 }]
  alternatives.forEach((alts) => {
    if (!alts.length) return
    beams = beams
      .flatMap((b) =>
        alts.map((a) => ({
          words: [...b.words, a.word],
          cost: b.cost + a.cost,
        }))
      )
      .sort((x, y) => x.cost - y.cost)
      .slice(0, MAX_CORRECTED_QUERIES + 1)
  })
  const typed = words.join(" ")
  return beams
    .map((b) => b.words.join(" "))
    .filter((q) => q && q !== typed)
    .slice(0, MAX_CORRECTED_QUERIES)
}
