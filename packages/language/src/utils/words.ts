/** Words for messages. */

/** "a", "a and b", "a, b and c" (or another last word: "a, b or c"). */
export function joinWords(items: readonly string[], last = 'and'): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
