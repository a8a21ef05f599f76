import { ambientManager } from '@nestmall/platform';
import type { DataSource } from 'typeorm';

/** Runs one statement in the ambient unit of work; answers the rows it changed. */
export async function affectedBy(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<number> {
  const runner = ambientManager(dataSource).queryRunner;
  if (!runner) throw new Error('marketing writes run inside a unit of work');
  const result = await runner.query(sql, parameters, true);
  return result.affected ?? 0;
}

export function isMysql(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mysql';
}
