import { type OverviewModel } from '../overview/models/overview.model';
import { type PictureStore } from './picture-store';
import { type PublicStatus } from '../status-page/public-status';

/** Injection token of management's overview, kept current (registered by the overview module). */
export const OVERVIEW_PICTURE = Symbol('OVERVIEW_PICTURE');
export type OverviewPicture = PictureStore<OverviewModel>;

/** Injection token of the public status, kept current (registered by the status-page module). */
export const PUBLIC_STATUS_PICTURE = Symbol('PUBLIC_STATUS_PICTURE');
export type PublicStatusPicture = PictureStore<PublicStatus>;
