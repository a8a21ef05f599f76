import { Controller, Logger } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HelloRequest__Output, HelloResponse } from '@nestmall/contracts';
import { SayHello } from '../../application/say-hello.js';

/** `/Hello/SayHello` from the course's hello.proto (no proto package). */
@Controller()
export class HelloGrpcController {
  private readonly logger = new Logger('Hello');

  constructor(private readonly sayHello: SayHello) {}

  @GrpcMethod('Hello', 'SayHello')
  handle(request: HelloRequest__Output): HelloResponse {
    this.logger.debug(`SayHello from ${JSON.stringify(request.name)}`);
    return { message: this.sayHello.execute(request.name) };
  }
}
