import { join, resolve } from 'node:path';

/** The repository this bench belongs to (bench/api/dist -> the root). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const API_DIR = join(REPO_ROOT, 'apps', 'api');
export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
