/** Node-only helpers: services on the real file system, for the CLI and tests. */
import './polyfill.js';
import { NodeFileSystem } from 'langium/node';
import { createPartnershipServices, type PartnershipServicesOptions } from './partnership-module.js';

export function createNodeServices(options: PartnershipServicesOptions = {}) {
    return createPartnershipServices({ ...NodeFileSystem }, options);
}

export * from './index.js';
