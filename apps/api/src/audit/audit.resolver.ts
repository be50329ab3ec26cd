import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/roles.decorator';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntryModel } from './models/audit-entry.model';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntryModel], {
    description:
      'Recorded changes, newest first: of one object, of a type, by one actor or in a time range; page with `limit` and `offset`.',
  })
  @RequireRole('ADMIN')
  auditLog(@Args() args: AuditLogArgs): Promise<AuditEntryModel[]> {
    const { limit, offset, ...filter } = args;
    return this.audit.entriesFor(filter, limit, offset);
  }
}
