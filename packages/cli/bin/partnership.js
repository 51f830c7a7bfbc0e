#!/usr/bin/env node
import 'partnership-language/node';
import { main } from '../out/main.js';

process.exitCode = await main(process.argv);
