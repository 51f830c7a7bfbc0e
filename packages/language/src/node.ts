/** Node-only helpers: services on the real file system, for the CLI and tests. */
import './polyfill.js';
import { NodeFileSystem } from 'langium/node';
import { createPartnershipServices } from './partnership-module.js';

export function createNodeServices() {
    return createPartnershipServices({ ...NodeFileSystem });
}

export * from './index.js';
