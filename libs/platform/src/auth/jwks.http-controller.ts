import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JSONWebKeySet } from 'jose';
import { JwksSource } from './jwks-source.js';

/** RFC 7517's JWKS document: the public keys that verify access tokens, public by design. */
@ApiTags('auth')
@Controller('.well-known')
export class JwksHttpController {
  constructor(private readonly keys: JwksSource) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary: 'The public keys that verify access tokens (JWKS, Ed25519)',
    description:
      'Every key a token may name in its `kid`: the newest signs, older ones verify tokens ' +
      'signed before a rotation. The gateway serves the keys it fetched from the user service.',
  })
  @ApiOkResponse({
    description: 'A JWK Set (RFC 7517)',
    schema: {
      type: 'object',
      required: ['keys'],
      properties: {
        keys: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              kty: { type: 'string', example: 'OKP' },
              crv: { type: 'string', example: 'Ed25519' },
              x: { type: 'string' },
              kid: { type: 'string' },
              alg: { type: 'string', example: 'EdDSA' },
              use: { type: 'string', example: 'sig' },
            },
          },
        },
      },
    },
  })
  jwks(): Promise<JSONWebKeySet> {
    return this.keys.jwks();
  }
}
