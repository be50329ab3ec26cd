import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ScheduledBackups } from '../src/database/portable/scheduled-backups';
import { buildCli, runCli } from './support/cli';
import { createEmptyPostgresDatabase, describeEachDatabase } from './support/test-app';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-scheduled-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
  rmSync(dir, { recursive: true, force: true });
});

describeEachDatabase(
  'scheduled backups (LAGEBILD_BACKUP_DIR)',
  (use, database) => {
    beforeAll(() => buildCli(), 120_000);

    it('takes checked backups into the folder and keeps only the newest ones', async () => {
      const scheduler = use().app.get(ScheduledBackups);
      const files: string[] = [];
      for (let run = 0; run < 3; run += 1) {
        const file = await scheduler.runOnce();
        expect(file).not.toBeNull();
        files.push(basename(file as string));
      }
      const left = readdirSync(join(dir, 'backups')).sort();
      expect(left).toEqual(files.slice(1).sort());

      // The newest one restores.
      let url: string;
      if (database === 'sqlite') {
        url = `sqlite:${join(dir, 'restored.sqlite')}`;
      } else {
        const empty = await createEmptyPostgresDatabase();
        drops.push(empty.drop);
        url = empty.url;
      }
      const restored = await runCli(['restore', join(dir, 'backups', files[2] as string)], {
        DATABASE_URL: url,
      });
      expect(restored).toMatchObject({ code: 0, stderr: '' });
      rmSync(join(dir, 'backups'), { recursive: true, force: true });
    }, 120_000);
  },
  { backups: { dir: join(dir, 'backups'), everyMinutes: 60, keep: 2 } },
);
