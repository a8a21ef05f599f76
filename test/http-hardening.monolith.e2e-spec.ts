import { sqliteDatabase } from './support/databases.js';
import { monolithForSuite } from './support/mall.js';
import { HARDENING_ENV, httpHardeningSuite } from './http-hardening.suite.js';

// The monolith on SQLite: limits kept in this process's memory.
httpHardeningSuite('monolith', monolithForSuite(sqliteDatabase(), HARDENING_ENV));
