import {
  Args,
  ArgsType,
  Field,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  allowedNextStatuses,
  type IncidentStatus,
  impactPropagation,
  isIncidentActive,
  type UpdateVisibility,
} from '@lagebild/domain';
import { IsIn, IsOptional } from 'class-validator';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { ServicesLoader } from '../services/services.loader';
import { DeclareIncidentInput } from './dto/declare-incident.input';
import { IncidentArgs, IncidentByRefArgs, IncidentsArgs } from './dto/incidents.args';
import { PostIncidentUpdateInput } from './dto/post-incident-update.input';
import { ResolveIncidentInput } from './dto/resolve-incident.input';
import { SetServiceImpactInput } from './dto/set-service-impact.input';
import { UpdateIncidentInput } from './dto/update-incident.input';
import {
  toDomainImpact,
  toDomainUpdate,
  toIncidentModel,
  toIncidentUpdateModel,
  toServiceImpactModel,
} from './incident.mapper';
import { IncidentsLoader } from './incidents.loader';
import { encodeCursor } from './incident-cursor';
import { IncidentsService } from './incidents.service';
import { AffectedServiceModel } from './models/affected-service.model';
import { IncidentConnectionModel } from './models/incident-connection.model';
import { IncidentUpdateModel } from './models/incident-update.model';
import { IncidentModel, IncidentStatusEnum, UpdateVisibilityEnum } from './models/incident.model';
import { ServiceImpactModel } from './models/service-impact.model';

@ArgsType()
class TimelineArgs {
  @Field(() => UpdateVisibilityEnum, {
    nullable: true,
    description: 'Only entries of this visibility.',
  })
  @IsOptional()
  @IsIn(Object.values(UpdateVisibilityEnum))
  visibility?: UpdateVisibility;
}

@Resolver(() => IncidentModel)
export class IncidentsResolver {
  constructor(
    private readonly incidentsService: IncidentsService,
    private readonly loader: IncidentsLoader,
    private readonly servicesLoader: ServicesLoader,
  ) {}

  @Query(() => IncidentConnectionModel, {
    description: 'Incidents, most recently started first, filtered and paged (Relay-style).',
  })
  @RequireRole('VIEWER')
  async incidents(
    @Args() args: IncidentsArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<IncidentConnectionModel> {
    const page = await this.incidentsService.list(args);
    this.loader.prime(context, page.rows);
    const edges = page.rows.map((row) => ({
      cursor: encodeCursor(row),
      node: toIncidentModel(row),
    }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount: page.total,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: args.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Query(() => IncidentModel, { description: 'One incident by id.' })
  @RequireRole('VIEWER')
  async incident(@Args() args: IncidentArgs): Promise<IncidentModel> {
    return toIncidentModel(await this.incidentsService.get(args.id));
  }

  @Query(() => IncidentModel, { description: 'One incident by its reference, e.g. `INC-0001`.' })
  @RequireRole('VIEWER')
  async incidentByRef(@Args() args: IncidentByRefArgs): Promise<IncidentModel> {
    return toIncidentModel(await this.incidentsService.getByRef(args.ref));
  }

  @Mutation(() => IncidentModel, { description: 'Opens a new incident in INVESTIGATING.' })
  @RequireRole('RESPONDER')
  async declareIncident(
    @Args('input') input: DeclareIncidentInput,
    @CurrentActor() actor: Actor,
  ): Promise<IncidentModel> {
    return toIncidentModel(await this.incidentsService.declare(input, actor));
  }

  @Mutation(() => IncidentModel, {
    description: 'Changes title, summary, severity, times or commander.',
  })
  @RequireRole('RESPONDER')
  async updateIncident(
    @Args('input') input: UpdateIncidentInput,
    @CurrentActor() actor: Actor,
  ): Promise<IncidentModel> {
    return toIncidentModel(await this.incidentsService.update(input, actor));
  }

  @Mutation(() => IncidentModel, {
    description: 'Adds a timeline entry, optionally moving the status through the state machine.',
  })
  @RequireRole('RESPONDER')
  async postIncidentUpdate(
    @Args('input') input: PostIncidentUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<IncidentModel> {
    return toIncidentModel(await this.incidentsService.postUpdate(input, actor));
  }

  @Mutation(() => IncidentModel, {
    description: "Records a service's condition in the incident and updates the service's status.",
  })
  @RequireRole('RESPONDER')
  async setServiceImpact(
    @Args('input') input: SetServiceImpactInput,
    @CurrentActor() actor: Actor,
  ): Promise<IncidentModel> {
    return toIncidentModel(await this.incidentsService.setImpact(input, actor));
  }

  @Mutation(() => IncidentModel, {
    description: 'Marks the technology as working again and closes every open impact.',
  })
  @RequireRole('RESPONDER')
  async resolveIncident(
    @Args('input') input: ResolveIncidentInput,
    @CurrentActor() actor: Actor,
  ): Promise<IncidentModel> {
    return toIncidentModel(await this.incidentsService.resolve(input, actor));
  }

  @ResolveField(() => [ServiceImpactModel], { description: 'Service impacts, in recording order.' })
  async impacts(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<ServiceImpactModel[]> {
    const rows = await this.loader.impacts(context).load(incident.id);
    return rows.map((row) => toServiceImpactModel(toDomainImpact(row)));
  }

  @ResolveField(() => [IncidentUpdateModel], {
    description: 'Timeline entries in the order things happened (displayAt).',
  })
  async timeline(
    @Parent() incident: IncidentModel,
    @Args() args: TimelineArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<IncidentUpdateModel[]> {
    const rows = await this.loader.updates(context).load(incident.id);
    const updates = rows
      .map(toDomainUpdate)
      .filter((update) => args.visibility === undefined || update.visibility === args.visibility)
      .map((update, index) => ({ update, index }))
      .sort(
        (a, b) => a.update.displayAt.getTime() - b.update.displayAt.getTime() || a.index - b.index,
      );
    return updates.map(({ update }) => toIncidentUpdateModel(update));
  }

  @ResolveField(() => [IncidentStatusEnum], {
    description: 'The statuses this incident may move to next.',
  })
  allowedNextStatuses(@Parent() incident: IncidentModel): IncidentStatus[] {
    return allowedNextStatuses(incident.status);
  }

  @ResolveField(() => Boolean, { description: 'True while the incident is not resolved.' })
  active(@Parent() incident: IncidentModel): boolean {
    return isIncidentActive(incident);
  }

  @ResolveField(() => [AffectedServiceModel], {
    description:
      'Services impaired now plus everything depending on them (impact propagation through dependsOn).',
  })
  async affectedServices(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<AffectedServiceModel[]> {
    const [rows, catalogue] = await Promise.all([
      this.loader.impacts(context).load(incident.id),
      this.servicesLoader.catalogue(context),
    ]);
    const down = rows.filter((row) => row.until === null).map((row) => row.serviceKey);
    return impactPropagation(down, catalogue).map((affected) => ({
      serviceKey: affected.key,
      direct: affected.direct,
      causedBy: affected.causedBy,
    }));
  }
}
