/** Numbers in messages: at most two decimals, no trailing zeros ("0.5", "2.33", "3"). */
export function formatScore(value: number): string {
    return String(Math.round(value * 100) / 100);
}
