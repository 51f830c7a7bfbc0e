/** "Did you mean": the closest word of a vocabulary to a misspelled one. */

/** The closest word of a vocabulary to a misspelled one, if it is close enough to suggest. */
export function suggest(word: string, vocabulary: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of vocabulary) {
        const d = editDistance(word.toLowerCase(), candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

/**
 * The declared name a misspelled reference most likely means: the one that differs only in capital
 * letters (if just one does), else the closest by edit distance, compared without case.
 */
export function closestName(name: string, names: readonly string[]): string | undefined {
    const lower = name.toLowerCase();
    const sameLetters = names.filter(candidate => candidate.length === name.length && candidate !== name && candidate.toLowerCase() === lower);
    if (sameLetters.length === 1) return sameLetters[0];
    const allowed = name.length <= 2 ? 0 : name.length <= 5 ? 1 : Math.min(3, Math.floor(name.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of names) {
        // Names whose lengths differ by more than the distance allowed can't be close enough (and a
        // name of 200,000 letters is not compared letter by letter with every other).
        if (candidate === name || Math.abs(candidate.length - name.length) > allowed) continue;
        const d = editDistance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= allowed ? best : undefined;
}
