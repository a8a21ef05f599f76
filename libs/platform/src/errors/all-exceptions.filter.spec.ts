import { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
import { jest } from '@jest/globals';
import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  Logger,
  NotFoundException,
  type ArgumentsHost,
} from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';
import { AllExceptionsFilter, MAX_GRPC_DETAILS } from './all-exceptions.filter.js';
import {
  AlreadyExistsError,
  ConflictError,
  DomainError,
  InvalidArgumentError,
  NotFoundError,
  UnauthenticatedError,
} from './domain-error.js';
import type { ErrorBody } from './error-body.js';
import { DOMAIN_ERROR_METADATA } from './error-mapping.js';

interface Answer {
  status?: number;
  body?: ErrorBody;
}

function httpHost(request: { url: string; originalUrl?: string }): {
  host: ArgumentsHost;
  answer: Answer;
} {
  const answer: Answer = {};
  const response = {
    status(code: number) {
      answer.status = code;
      return response;
    },
    send(body: ErrorBody) {
      answer.body = body;
      return response;
    },
    header() {
      return response;
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { host, answer };
}

const rpcHost = {
  getType: () => 'rpc',
  switchToRpc: () => ({ getData: () => ({}), getContext: () => ({}) }),
} as unknown as ArgumentsHost;

/** The error an RPC answer's observable ends with. */
async function rpcError(result: void | Observable<never>): Promise<unknown> {
  expect(isObservable(result)).toBe(true);
  return firstValueFrom(result as Observable<never>).then(
    () => {
      throw new Error('the observable completed without an error');
    },
    (error: unknown) => error,
  );
}

describe('AllExceptionsFilter', () => {
  const filter = new AllExceptionsFilter();
  let logged: jest.SpiedFunction<Logger['error']>;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    logged.mockRestore();
  });

  describe('over HTTP', () => {
    it.each([
      [new InvalidArgumentError('page_size must be an integer from 1 to 100'), 400, 'Bad Request'],
      [new NotFoundError('user 8 not found'), 404, 'Not Found'],
      [new AlreadyExistsError('user_name "a" is already taken'), 409, 'Conflict'],
      [new ConflictError('order already paid'), 409, 'Conflict'],
      [new UnauthenticatedError('invalid user name or password'), 401, 'Unauthorized'],
      [new DomainError('UNAVAILABLE', 'inventory is not answering'), 503, 'Service Unavailable'],
    ])('answers %p with its mapped status and message', (error, status, text) => {
      const { host, answer } = httpHost({ url: '/users/8', originalUrl: '/users/8?x=1' });
      filter.catch(error, host);
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({
        status,
        error: text,
        message: error.message,
        path: '/users/8?x=1',
      });
      expect(Date.parse(answer.body?.timestamp ?? '')).not.toBeNaN();
      expect(logged).not.toHaveBeenCalled();
    });

    it('falls back to url when there is no originalUrl', () => {
      const { host, answer } = httpHost({ url: '/users/9' });
      filter.catch(new NotFoundError('user 9 not found'), host);
      expect(answer.body?.path).toBe('/users/9');
    });

    it("joins a ValidationPipe's list of messages with '; '", () => {
      const { host, answer } = httpHost({ url: '/users' });
      const exception = new BadRequestException([
        'user_name must be 3 to 32 letters, digits or _, starting with a letter',
        'property nickname should not exist',
      ]);
      filter.catch(exception, host);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        status: 400,
        error: 'Bad Request',
        message:
          'user_name must be 3 to 32 letters, digits or _, starting with a letter; ' +
          'property nickname should not exist',
      });
    });

    it.each([
      [new NotFoundException('Cannot GET /nowhere'), 404, 'Cannot GET /nowhere'],
      [new ForbiddenException(), 403, 'Forbidden'],
      [new HttpException('plain text answer', 418), 418, 'plain text answer'],
    ])('answers the HttpException %p with its own status', (exception, status, message) => {
      const { host, answer } = httpHost({ url: '/x' });
      filter.catch(exception, host);
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({ status, message });
    });

    it.each([
      new Error('ER_ACCESS_DENIED: Access denied for user root@10.0.0.5 (password: s3cret)'),
      new TypeError("Cannot read properties of undefined (reading 'passwordHash')"),
      'a thrown string with s3cret',
      undefined,
    ])('answers anything else (%p) as a bare 500 and logs it', (exception) => {
      const { host, answer } = httpHost({ url: '/users' });
      filter.catch(exception, host);
      expect(answer.status).toBe(500);
      expect(answer.body).toMatchObject({
        status: 500,
        error: 'Internal Server Error',
        message: 'internal server error',
        path: '/users',
      });
      expect(JSON.stringify(answer.body)).not.toMatch(/s3cret|passwordHash|ER_ACCESS|TypeError/);
      expect(logged).toHaveBeenCalledTimes(1);
    });
  });

  describe('over gRPC', () => {
    it.each([
      [
        new InvalidArgumentError('page_size must be an integer from 1 to 100'),
        GrpcStatus.INVALID_ARGUMENT,
      ],
      [new NotFoundError('user 8 not found'), GrpcStatus.NOT_FOUND],
      [new AlreadyExistsError('user_name "a" is already taken'), GrpcStatus.ALREADY_EXISTS],
      [new ConflictError('order already paid'), GrpcStatus.FAILED_PRECONDITION],
      [new UnauthenticatedError('invalid user name or password'), GrpcStatus.UNAUTHENTICATED],
    ])('errors the answer with the mapped code and message of %p', async (error, code) => {
      const result = filter.catch(error, rpcHost);
      const answer = (await rpcError(result)) as { metadata: Metadata };
      expect(answer).toMatchObject({ code, message: error.message });
      // Marked as the server's own answer, so a caller passes the message on.
      expect(answer.metadata.get(DOMAIN_ERROR_METADATA)).toEqual(['1']);
      expect(logged).not.toHaveBeenCalled();
    });

    it('maps an HttpException below 500 to INVALID_ARGUMENT, joining its messages', async () => {
      const result = filter.catch(new BadRequestException(['a is wrong', 'b is wrong']), rpcHost);
      expect(await rpcError(result)).toStrictEqual({
        code: GrpcStatus.INVALID_ARGUMENT,
        message: 'a is wrong; b is wrong',
      });
    });

    it('cuts a message that quotes a huge value, so it fits a trailer', async () => {
      const result = filter.catch(
        new NotFoundError(`sku ${'x'.repeat(200_000)} not found`),
        rpcHost,
      );
      const { code, message } = (await rpcError(result)) as { code: number; message: string };
      expect(code).toBe(GrpcStatus.NOT_FOUND);
      expect(message).toHaveLength(MAX_GRPC_DETAILS);
      expect(message).toMatch(/^sku x+\.\.\. \(truncated\)$/);
    });

    it('passes an RpcException that already carries a gRPC status through unchanged', async () => {
      const carried = { code: GrpcStatus.RESOURCE_EXHAUSTED, message: 'slow down' };
      const result = filter.catch(new RpcException(carried), rpcHost);
      expect(await rpcError(result)).toBe(carried);
    });

    it('answers anything else as INTERNAL without its message, and logs it', async () => {
      const result = filter.catch(new Error('connect ECONNREFUSED 10.0.0.5:3306 s3cret'), rpcHost);
      expect(await rpcError(result)).toStrictEqual({
        code: GrpcStatus.INTERNAL,
        message: 'internal error',
      });
      expect(logged).toHaveBeenCalledTimes(1);
    });
  });
});
