/**
 * chevrotain 13 (used by langium 4.4) calls `Object.groupBy`, which Node.js has only since 21.
 * This module adds it on Node 20 and must be imported before langium in every Node entry point.
 * VS Code's extension host and browsers have it natively, so there it does nothing.
 */
type GroupBy = <K extends PropertyKey, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Partial<Record<K, T[]>>;

const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };
if (typeof objectWithGroupBy.groupBy !== 'function') {
    const groupBy: GroupBy = <K extends PropertyKey, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
        const groups = Object.create(null) as Partial<Record<K, T[]>>;
        let index = 0;
        for (const item of items) {
            const k = key(item, index++);
            (groups[k] ??= []).push(item);
        }
        return groups;
    };
    Object.defineProperty(Object, 'groupBy', { value: groupBy, writable: true, configurable: true });
}

export {};
