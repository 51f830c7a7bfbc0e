/**
 * A network declaration that appears in an edit regroups the files below its folder: the builder
 * re-checks every document when a changed text may declare a network, however the declaration is
 * written (after a block comment or a `}` on its line too).
 */
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { build, codes } from '../helpers.js';

describe('a network declared by an edit', () => {
    it.each([
        ['network P'],
        ['/* the new map */ network P'],
        ['partner Z } network P'.replace('partner Z }', 'partner Z {}')]
    ])('`%s` in a parent folder pulls the files below it into the network', async declaration => {
        const built = await build({
            'p/a.partnership': 'partner A\n',
            'p/c/ties.partnership': 'partner B\ntie A -- B\n'
        });
        const unresolved = () => codes(built.diagnostics('p/c/ties.partnership')).filter(c => c.includes('unresolved-reference'));
        expect(unresolved()).toEqual(['2:5 error unresolved-reference']);
        const a = built.documents.get('p/a.partnership')!;
        const { shared } = built.services;
        setTextDocument(shared, TextDocument.create(a.uri.toString(), 'partnership', 2, `${declaration}\npartner A\n`));
        await shared.workspace.DocumentBuilder.update([a.uri], []);
        expect(unresolved()).toEqual([]);
    });
});
