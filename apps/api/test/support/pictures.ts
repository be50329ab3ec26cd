import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  OVERVIEW_PICTURE,
  type OverviewPicture,
  PUBLIC_STATUS_PICTURE,
  type PublicStatusPicture,
} from '../../src/situation-picture/pictures';
import { type PictureStore } from '../../src/situation-picture/picture-store';
import { SituationPictures } from '../../src/situation-picture/situation-pictures.service';
import { type TestApp } from './test-app';

export const overviewPicture = (app: NestFastifyApplication): OverviewPicture =>
  app.get<OverviewPicture>(OVERVIEW_PICTURE);

export const statusPicture = (app: NestFastifyApplication): PublicStatusPicture =>
  app.get<PublicStatusPicture>(PUBLIC_STATUS_PICTURE);

/**
 * The SQL statements one recomputation of `picture` sends. They are background work, apart
 * from requests' statements; when the minute tick started another recomputation meanwhile, the
 * count is taken again.
 */
export async function recomputationStatements<T>(
  app: TestApp,
  picture: PictureStore<T>,
): Promise<number> {
  const pictures = app.app.get(SituationPictures);
  const stores = [overviewPicture(app.app), statusPicture(app.app)];
  const started = () => stores.reduce((sum, store) => sum + store.recomputations, 0);
  for (let attempt = 1; ; attempt += 1) {
    await pictures.settled();
    const before = started();
    app.queries.reset();
    const computed = picture.computed();
    picture.timePassed();
    await computed;
    await pictures.settled();
    if (started() - before === 1) return app.queries.backgroundStatements;
    if (attempt === 3)
      throw new Error('The pictures kept recomputing while statements were counted');
  }
}
