import { Module } from '@nestjs/common';
import { SayHello } from './application/say-hello.js';
import { HelloGrpcController } from './interface/grpc/hello.grpc-controller.js';

@Module({ controllers: [HelloGrpcController], providers: [SayHello] })
export class HelloModule {}
