import { Injectable } from '@nestjs/common';

/** The course's Hello service: answers "Hello <name>". */
@Injectable()
export class SayHello {
  execute(name: string): string {
    return `Hello ${name}`;
  }
}
