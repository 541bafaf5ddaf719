import type { Knex } from "@mikro-orm/postgresql"
import { foldVietnamese } from "../modules/admin-units/rules/fold-vietnamese"
import { ocopSearchIndexTables } from "./index-tables"

/** The table of distinct folded words typo correction matches against. */
export const SEARCH_WORD_TABLE = "ocop_search_word"

/**
 * The folded words of some text, as PostgreSQL's `medusa_search_vietnamese`
 * configuration splits them closely enough for spelling correction. Numbers are
 * left out: a mistyped "7777777" is not worth correcting, and synthetic
 * catalogues would fill the table with them.
 */
export function searchWordsOf(texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>()
  for (const text of texts) {
    if (!text) continue
    for (const word of foldVietnamese(text).split(/[^a-z0-9]+/)) {
      if (word.length >= 2 && word.length <= 40 && /[a-z]/.test(word))
        words.add(word)
    }
  }
  return [...words].sort()
}

/**
 * Adds the words of indexed documents to the vocabulary. Words are never
 * removed: a stale word can only suggest a correction that then matches
 * nothing, which the search falls through like any other miss.
 */
export async function recordSearchWords(
  pg: Knex,
  documents: {
    title?: string | null
    title_en?: string | null
    producer_name?: string | null
    places?: string[]
    labels?: string[]
    description?: string | null
  }[]
) {
  const words = searchWordsOf(
    documents.flatMap((d) => [
      d.title,
      d.title_en,
      d.producer_name,
      d.description,
      ...(d.places ?? []),
      ...(d.labels ?? []),
    ])
  )
  if (!words.length) return
  await pg.raw(
    `insert into ${SEARCH_WORD_TABLE} (word)
     select jsonb_array_elements_text(?::jsonb) on conflict (word) do nothing`,
    [JSON.stringify(words)]
  )
}

/**
 * Fills the vocabulary from the lexemes of every PostgreSQL version of the OCOP
 * product index (after a full reindex, which writes documents without going
 * through the subscriber): the words exactly as the text search configuration
 * split and folded them.
 */
export async function recordSearchWordsFromIndexes(pg: Knex) {
  for (const table_name of await ocopSearchIndexTables(pg)) {
    await pg.raw(
      `insert into ${SEARCH_WORD_TABLE} (word)
       select word from ts_stat('select search_vector from "${table_name}"')
       where length(word) between 2 and 40 and word ~ '[a-z]'
       on conflict (word) do nothing`
    )
  }
}
