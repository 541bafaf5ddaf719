// Not `instanceof File`: on the server a form's files come from Remix's fetch polyfill,
// a different File class than the global one (a review without photos was refused with
// "Input not instance of File" in the browser, while tests built with the global File passed).
/** Whether a FormData value is an uploaded file, whichever File class made it. */
export const isFormFile = (value: unknown): value is File =>
  typeof value === "object" && value !== null && "arrayBuffer" in value && typeof (value as File).name === "string"
