/** Fewer letters than this ask the store API nothing: the box and the resource route agree on it. */
export const SUGGESTION_MIN_LENGTH = 2
