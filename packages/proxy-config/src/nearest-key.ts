import { closest, distance } from 'fastest-levenshtein';

/** The known key closest to a misspelt one, when close enough to be a likely typo. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lowered = known.map((candidate) => candidate.toLowerCase());
  const guess = closest(key.toLowerCase(), lowered);
  // A short key may be off by two letters; a longer one by a third of its length.
  const tolerance = Math.max(2, Math.floor(key.length / 3));
  return distance(key.toLowerCase(), guess) <= tolerance
    ? known[lowered.indexOf(guess)]
    : undefined;
}
