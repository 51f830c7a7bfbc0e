/** The language server, Node entry point: `node out/main.js --stdio`. */
import './polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPartnershipServices } from './partnership-module.js';
import { configureFromInitialization } from './lsp/settings.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Partnership } = createPartnershipServices({ connection, ...NodeFileSystem });
configureFromInitialization(Partnership);
startLanguageServer(shared);
