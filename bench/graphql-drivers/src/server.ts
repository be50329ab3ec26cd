// Starts one variant on an ephemeral port and tells the parent process which port it got.
import 'reflect-metadata';
import { type INestApplication } from '@nestjs/common';
import { type AddressInfo } from 'node:net';
import { isVariantName, type ServerReadyMessage, type VariantName } from './variants';

async function createApp(variant: VariantName): Promise<INestApplication> {
  // Load only the chosen stack, so one variant's modules never sit in the other's process.
  if (variant === 'fastify-mercurius' || variant === 'fastify-mercurius-no-jit') {
    const { createFastifyMercuriusApp } = await import('./fastify-mercurius.app');
    return createFastifyMercuriusApp({ jit: variant === 'fastify-mercurius' });
  }
  const { createExpressApolloApp } = await import('./express-apollo.app');
  return createExpressApolloApp();
}

async function main(): Promise<void> {
  const variant = process.argv[2];
  if (!isVariantName(variant)) throw new Error(`Unknown variant: ${String(variant)}`);
  const app = await createApp(variant);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  const ready: ServerReadyMessage = { port: address.port };
  process.send?.(ready);
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
