import { sqliteDatabase } from './support/databases.js';
import { usersApiSuite } from './users-api.suite.js';

usersApiSuite('SQLite (the embedded default)', sqliteDatabase());
