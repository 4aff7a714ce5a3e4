import { distance } from 'fastest-levenshtein';

/** The known name nearest to a mistyped one, if near enough to be a typo. */
export function closestName(input: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const name of known) {
    // A cut-short name (`--pat` for `--pattern`) is as likely meant as a one-letter typo.
    const nameDistance = name.startsWith(input) ? 1 : distance(input, name);
    if (nameDistance < bestDistance) {
      best = name;
      bestDistance = nameDistance;
    }
  }
  return best;
}
