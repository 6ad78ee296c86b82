// pain.002 StsRsnInf/AddtlInf is Max105Text (1..105 characters), repeatable (iso20022-norway.md
// §3.1). Long texts (libxml's schema messages, Norwegian bank narratives) are split into pieces.
// The split is lossless: the pieces joined with '' give the text back, so a reader can rebuild it.

export const MAX105 = 105;

/**
 * Splits a text into pieces of at most `max` characters (Unicode code points, as the XSD counts
 * them), breaking after the last space inside each window when there is one. Empty text → [].
 */
export function splitAddtlInf(text: string, max: number = MAX105): string[] {
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`splitAddtlInf: max must be a positive integer, got ${max}`);
  const chars = Array.from(text);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = Math.min(start + max, chars.length);
    if (end < chars.length) {
      // Break after the last space in the window (keeping the space in this piece) when possible.
      for (let i = end - 1; i > start; i--) {
        if (chars[i] === ' ') {
          end = i + 1;
          break;
        }
      }
    }
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}
