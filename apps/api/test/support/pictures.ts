import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  OVERVIEW_PICTURE,
  type OverviewPicture,
  PUBLIC_STATUS_PICTURE,
  type PublicStatusPicture,
} from '../../src/situation-picture/pictures';
import { SituationPictures } from '../../src/situation-picture/situation-pictures.service';
import { type TestApp } from './test-app';

export const overviewPicture = (app: NestFastifyApplication): OverviewPicture =>
  app.get<OverviewPicture>(OVERVIEW_PICTURE);

export const statusPicture = (app: NestFastifyApplication): PublicStatusPicture =>
  app.get<PublicStatusPicture>(PUBLIC_STATUS_PICTURE);

/**
 * The SQL statements `work` sends, counted while no picture recomputes on its own: the pictures
 * are settled first, and when the minute tick started a recomputation meanwhile, the count is
 * taken again. `recomputations` is how many recomputations `work` itself starts.
 */
export async function quietStatements(
  app: TestApp,
  work: () => Promise<unknown>,
  recomputations = 0,
): Promise<number> {
  const stores = [overviewPicture(app.app), statusPicture(app.app)];
  const started = () => stores.reduce((sum, store) => sum + store.recomputations, 0);
  for (let attempt = 1; ; attempt += 1) {
    await app.app.get(SituationPictures).settled();
    const before = started();
    app.queries.reset();
    await work();
    const statements = app.queries.statements;
    await app.app.get(SituationPictures).settled();
    if (started() - before === recomputations) return statements;
    if (attempt === 3)
      throw new Error('The pictures kept recomputing while statements were counted');
  }
}
