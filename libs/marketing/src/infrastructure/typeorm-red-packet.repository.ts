import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager, isUniqueViolation } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { RedPacketShareView, RedPacketView } from '../application/marketing-views.js';
import { RedPacketRepository } from '../application/red-packet.repository.js';
import { RedPacketNotClaimableError } from '../domain/marketing-errors.js';
import { RedPacketEntity, RedPacketShareEntity } from './marketing.entities.js';
import { affectedBy, isMysql } from './sql.js';

/**
 * Red packets in TypeORM. A claim is ONE UPDATE that takes the first unclaimed share (MySQL's
 * `UPDATE ... ORDER BY seq LIMIT 1`; SQLite, which writes one transaction at a time, a subquery):
 * two claimers can never take the same share, and the unique (red_packet_id, user_id) key refuses
 * a second share to one user.
 */
@Injectable()
export class TypeOrmRedPacketRepository extends RedPacketRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async add(amounts: number[], now: Date): Promise<number> {
    const totalCents = amounts.reduce((a, b) => a + b, 0);
    const packet = await this.manager.save(RedPacketEntity, {
      totalCents,
      shares: amounts.length,
      createdAtMs: now.getTime(),
    });
    const redPacketId = Number(packet.redPacketId);
    const rows = amounts.map((amountCents, seq) => ({ redPacketId, seq, amountCents }));
    // In chunks: SQLite takes at most 32,766 parameters in one statement.
    for (let i = 0; i < rows.length; i += 500)
      await this.manager.insert(RedPacketShareEntity, rows.slice(i, i + 500));
    return redPacketId;
  }

  async find(redPacketId: number): Promise<RedPacketView | null> {
    const packet = await this.manager.findOneBy(RedPacketEntity, { redPacketId });
    if (!packet) return null;
    const [sums] = await this.manager.query<{ n: number | string; cents: number | string }[]>(
      'SELECT COUNT(user_id) AS n, COALESCE(SUM(CASE WHEN user_id IS NULL THEN 0 ELSE amount_cents END), 0) AS cents FROM marketing_red_packet_share WHERE red_packet_id = ?',
      [redPacketId],
    );
    return {
      red_packet_id: redPacketId,
      total_cents: Number(packet.totalCents),
      shares: Number(packet.shares),
      claimed_shares: Number(sums.n),
      claimed_cents: Number(sums.cents),
      created_at: new Date(Number(packet.createdAtMs)).toISOString(),
    };
  }

  async claim(redPacketId: number, userId: number, now: Date): Promise<RedPacketShareView | null> {
    const sql = isMysql(this.dataSource)
      ? 'UPDATE marketing_red_packet_share SET user_id = ?, claimed_at_ms = ? WHERE red_packet_id = ? AND user_id IS NULL ORDER BY seq LIMIT 1'
      : 'UPDATE marketing_red_packet_share SET user_id = ?, claimed_at_ms = ? WHERE red_packet_id = ? AND seq = (SELECT MIN(seq) FROM marketing_red_packet_share WHERE red_packet_id = ? AND user_id IS NULL)';
    const parameters = isMysql(this.dataSource)
      ? [userId, now.getTime(), redPacketId]
      : [userId, now.getTime(), redPacketId, redPacketId];
    const already = () =>
      new RedPacketNotClaimableError(`you already claimed red packet ${redPacketId}`);
    // The unique key decides; this read only spares the common repeat a refused statement.
    if (await this.manager.existsBy(RedPacketShareEntity, { redPacketId, userId })) throw already();
    let taken: number;
    try {
      taken = await affectedBy(this.dataSource, sql, parameters);
    } catch (error) {
      if (isUniqueViolation(error)) throw already();
      throw error;
    }
    if (!taken) return null;
    const share = (await this.manager.findOneBy(RedPacketShareEntity, { redPacketId, userId }))!;
    return {
      red_packet_id: redPacketId,
      user_id: userId,
      amount_cents: Number(share.amountCents),
      claimed_at: new Date(Number(share.claimedAtMs)).toISOString(),
    };
  }
}
