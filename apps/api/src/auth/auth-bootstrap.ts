import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type Actor, type Role } from './actor';
import { UsersService } from './users.service';

export const DEMO_PASSWORD = 'lagebild-demo';
export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: 'management@example.com', name: 'Management (demo)', role: 'VIEWER' },
  { email: 'support@example.com', name: 'Support (demo)', role: 'RESPONDER' },
  { email: 'admin@example.com', name: 'Admin (demo)', role: 'ADMIN' },
];

const SETUP: Actor = { kind: 'system', name: 'setup' };

/**
 * On every start: creates the configured first administrator and, in demo mode, the demo
 * people, each only if their e-mail address is not taken yet (so restarts never duplicate
 * and never reset a password someone changed).
 */
@Injectable()
export class AuthBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config.auth;
    if (adminEmail && adminPassword) {
      if (await this.createIfMissing(adminEmail, 'Administrator', 'ADMIN', adminPassword)) {
        this.logger.warn(`Created the administrator ${adminEmail} from LAGEBILD_ADMIN_EMAIL.`);
      }
    }
    if (this.config.demo) {
      for (const demo of DEMO_USERS) {
        await this.createIfMissing(demo.email, demo.name, demo.role, DEMO_PASSWORD);
      }
      console.log(
        [
          '',
          'Demo logins (DEMO ONLY: anyone can read this password; never run the demo in production):',
          ...DEMO_USERS.map((demo) => `  ${demo.role.padEnd(9)} ${demo.email}`),
          `  password  ${DEMO_PASSWORD}`,
        ].join('\n'),
      );
    } else if (!adminEmail) {
      const users = await this.users.list();
      if (!users.some((user) => user.role === 'ADMIN' && user.enabled)) {
        this.logger.warn(
          'Nobody can administer Lagebild yet. Restart with LAGEBILD_ADMIN_EMAIL and ' +
            'LAGEBILD_ADMIN_PASSWORD (12+ characters) set to create the first administrator ' +
            '(see docs/security.md).',
        );
      }
    }
  }

  private async createIfMissing(
    email: string,
    name: string,
    role: Role,
    password: string,
  ): Promise<boolean> {
    if (await this.users.findByEmail(email)) return false;
    try {
      await this.users.create({ email, name, role, password }, SETUP);
      return true;
    } catch (error) {
      // Another instance starting at the same moment created it first.
      if ((error as { code?: string }).code === 'CONFLICT') return false;
      throw error;
    }
  }
}
