import { mariadbDatabase } from './support/databases.js';
import { usersApiSuite } from './users-api.suite.js';

usersApiSuite('MariaDB', await mariadbDatabase());
