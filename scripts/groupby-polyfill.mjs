// Loaded with `node --import` for langium-cli on Node 20 (see packages/language/src/polyfill.ts).
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        value(items, key) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const k = key(item, index++);
                (groups[k] ??= []).push(item);
            }
            return groups;
        },
        writable: true,
        configurable: true
    });
}
