import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { RedPacketNotClaimableError, RedPacketNotFoundError } from '../domain/marketing-errors.js';
import type { RedPacketShareView } from './marketing-views.js';
import { RedPacketRepository } from './red-packet.repository.js';

/** A buyer takes one share of a red packet, once; 409 when every share is taken. */
@Injectable()
export class ClaimRedPacket {
  constructor(
    private readonly redPackets: RedPacketRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(
    userId: number,
    redPacketId: number,
    now = new Date(),
  ): Promise<RedPacketShareView> {
    if (!(await this.redPackets.find(redPacketId))) throw new RedPacketNotFoundError(redPacketId);
    const share = await this.unitOfWork.run(() => this.redPackets.claim(redPacketId, userId, now));
    if (!share) throw new RedPacketNotClaimableError(`red packet ${redPacketId} has no share left`);
    return share;
  }
}
