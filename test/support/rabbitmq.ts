import amqplib from 'amqplib';
import { skipOrFail } from './skip-or-fail.js';

export const RABBITMQ_URL = process.env.E2E_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

/**
 * Whether the development machine's RabbitMQ answers. Where none does, a local run says so and
 * the caller skips; in CI (CI=true) that is a failure instead.
 */
export async function rabbitmqAvailable(what: string): Promise<boolean> {
  try {
    const connection = await amqplib.connect(RABBITMQ_URL);
    await connection.close();
    return true;
  } catch (error) {
    const why = `RabbitMQ is not reachable at ${RABBITMQ_URL} (${(error as Error).message})`;
    return skipOrFail(what, why, error);
  }
}
