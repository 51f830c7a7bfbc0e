/** The language server on the desktop: a Node process the client starts (IPC), on the real disk. */
import 'partnership-language/polyfill';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { configureFromInitialization, createPartnershipServices, reportBuildProgress } from 'partnership-language';
import { registerPartnershipRequests } from './requests.js';

const connection = createConnection(ProposedFeatures.all);
const services = createPartnershipServices({ connection, ...NodeFileSystem });
configureFromInitialization(services.Partnership);
reportBuildProgress(services.Partnership);
registerPartnershipRequests(connection, services);
startLanguageServer(services.shared);
