import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { splitRedPacket, type RandomInt } from '../domain/red-packet.js';
import type { RedPacketView } from './marketing-views.js';
import { RedPacketRepository } from './red-packet.repository.js';

/** crypto's randomInt takes an exclusive upper bound. */
const cryptoRandom: RandomInt = (min, max) => randomInt(min, max + 1);

/**
 * Creates a red packet: `total_cents` split at random into `shares` now, stored share by share,
 * so claims only take one and the shares sum to the total whatever the concurrency.
 */
@Injectable()
export class CreateRedPacket {
  constructor(
    private readonly redPackets: RedPacketRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(totalCents: number, shares: number, now = new Date()): Promise<RedPacketView> {
    const amounts = splitRedPacket(totalCents, shares, cryptoRandom);
    const id = await this.unitOfWork.run(() => this.redPackets.add(amounts, now));
    return (await this.redPackets.find(id))!;
  }
}
