import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { buildDataSourceOptions } from './data-source';

/** For the TypeORM CLI (`migration:generate`, `migration:run`). */
export default new DataSource(buildDataSourceOptions(loadConfig().database));
