import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { CreateServiceInput } from './dto/create-service.input';
import { ServiceArgs } from './dto/service.args';
import { UpdateServiceInput } from './dto/update-service.input';
import { toServiceModel } from './service.mapper';
import { ServiceModel } from './models/service.model';
import { SupplierGapModel } from './models/supplier-gap.model';
import { ServicesLoader } from './services.loader';
import { ServicesService } from './services.service';

@Resolver(() => ServiceModel)
export class ServicesResolver {
  constructor(
    private readonly catalogue: ServicesService,
    private readonly loader: ServicesLoader,
  ) {}

  @Query(() => [ServiceModel], { description: 'The services catalogue, most critical first.' })
  @RequireRole('VIEWER')
  async services(): Promise<ServiceModel[]> {
    return (await this.catalogue.list()).map(toServiceModel);
  }

  @Query(() => ServiceModel, { description: 'One service by its key.' })
  @RequireRole('VIEWER')
  async service(@Args() args: ServiceArgs): Promise<ServiceModel> {
    return toServiceModel(await this.catalogue.get(args.key));
  }

  @Mutation(() => ServiceModel)
  @RequireRole('ADMIN')
  async createService(
    @Args('input') input: CreateServiceInput,
    @CurrentActor() actor: Actor,
  ): Promise<ServiceModel> {
    return toServiceModel(await this.catalogue.create(input, actor));
  }

  @Mutation(() => ServiceModel)
  @RequireRole('ADMIN')
  async updateService(
    @Args('input') input: UpdateServiceInput,
    @CurrentActor() actor: Actor,
  ): Promise<ServiceModel> {
    return toServiceModel(await this.catalogue.update(input, actor));
  }

  @ResolveField(() => [String], {
    description: 'Every service that depends on this one, directly or through others.',
  })
  dependents(@Parent() service: ServiceModel, @RequestCtx() context: RequestContext) {
    return this.loader.dependents(context, service.key);
  }

  @ResolveField(() => [SupplierGapModel], {
    description:
      'Suppliers this service needs (directly or through others) that promise slower recovery than its RTO or MTPD.',
  })
  async supplierGaps(
    @Parent() service: ServiceModel,
    @RequestCtx() context: RequestContext,
  ): Promise<SupplierGapModel[]> {
    return (await this.loader.supplierGaps(context)).filter(
      (gap) => gap.serviceKey === service.key,
    );
  }
}
