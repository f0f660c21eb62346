/**
 * A policy document (IAM JSON) as the sources hand it to the engine: parsed JSON, where a value a source
 * cannot know (known only after apply) is an object `{ [UNKNOWN_MARK]: why }` in its place.
 */
export const UNKNOWN_MARK = '$unknown';
