/**
 * Which network a document belongs to, for documents with no folder: each unsaved buffer
 * (`untitled:`) is a group of its own, a network when it declares one, and messages name it as an
 * unsaved buffer. Files in folders keep their grouping (the folder tree of a network declaration,
 * else the loose files of one folder).
 */
import { describe, expect, it } from 'vitest';
import { groupLabel, groupPlace, isUnsaved, LOOSE_PREFIX } from '../../src/workspace/network-groups.js';

describe('group keys, labels and places', () => {
    it.each([
        ['untitled:Untitled-1', true],
        ['untitled:/home/me/new.partnership', true],
        ['inmemory', true],
        ['file:///work/net/a.partnership', false]
    ])('isUnsaved(%s) is %s', (uri, unsaved) => {
        expect(isUnsaved(uri)).toBe(unsaved);
    });

    it.each([
        [`${LOOSE_PREFIX}untitled:Untitled-2`, 'Untitled-2', "in unsaved buffer 'Untitled-2'"],
        ['untitled:Untitled-3', 'Untitled-3', "in unsaved buffer 'Untitled-3'"],
        [`${LOOSE_PREFIX}file:///work/misc`, 'misc', "in folder 'misc' (no network declared there)"],
        ['file:///work/coalition', 'coalition', "in network folder 'coalition'"]
    ])('%s: label %s, place %s', (key, label, place) => {
        expect(groupLabel(key)).toBe(label);
        expect(groupPlace(key)).toBe(place);
    });

    it('the rename message leaves out the note on loose folders', () => {
        expect(groupPlace(`${LOOSE_PREFIX}file:///work/misc`, { noNetworkNote: false })).toBe("in folder 'misc'");
    });
});
