import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { errorBody } from '../errors/error-body.js';

/**
 * Every body this API takes is JSON. Anything else is refused with 415 before a route sees it:
 * forms and text/plain are what a page on another site can POST without a CORS preflight, so
 * accepting them would let such a page log in or register in a visitor's browser.
 */
export function jsonBodiesOnly(req: Request, res: Response, next: NextFunction): void {
  const hasBody =
    req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0;
  if (!hasBody || req.is('application/json')) return next();
  const status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
  res
    .status(status)
    .json(
      errorBody(
        status,
        'request body must be JSON (Content-Type: application/json)',
        req.originalUrl,
      ),
    );
}
