#!/usr/bin/env node
// Before any command loads chevrotain (Object.groupBy on Node 20); the commands load their code themselves.
import 'partnership-language/polyfill';
import { main } from '../out/main.js';

process.exitCode = await main(process.argv);
