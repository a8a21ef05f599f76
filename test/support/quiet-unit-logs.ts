import { Logger } from '@nestjs/common';

// Unit specs build no Nest app, so Nest's static Logger would print every level, debug included
// (the migration specs' TypeORM lines). Warnings and errors still show; E2E_LOG_LEVEL=debug, as
// for the e2e suites, shows everything.
if (process.env.E2E_LOG_LEVEL !== 'debug') Logger.overrideLogger(['fatal', 'error', 'warn']);
