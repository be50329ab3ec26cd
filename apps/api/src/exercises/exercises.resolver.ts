import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type CommunicationLocale } from '@lagebild/domain';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CommunicationLocaleEnum } from '../communications/models/communication.model';
import { CurrentActor } from '../graphql/context';
import {
  AddExerciseImprovementInput,
  AdvanceExerciseClockInput,
  EndExerciseInput,
  LogExerciseEntryInput,
  StartExerciseInput,
} from './dto/exercise.input';
import { ExercisesService } from './exercises.service';
import { ExerciseModel, ExerciseScenarioModel } from './models/exercise.model';

/** Exercises: the facilitator (ADMIN) starts, moves the clock and ends; RESPONDER logs; VIEWER reads. */
@Resolver(() => ExerciseModel)
export class ExercisesResolver {
  constructor(private readonly exercises: ExercisesService) {}

  @Query(() => [ExerciseScenarioModel], { description: 'The built-in exercise scenarios.' })
  @RequireRole('VIEWER')
  exerciseScenarios(): ExerciseScenarioModel[] {
    return this.exercises.scenarios();
  }

  @Query(() => [ExerciseModel], { name: 'exercises', description: 'Every exercise, newest first.' })
  @RequireRole('VIEWER')
  exercisesList(): Promise<ExerciseModel[]> {
    return this.exercises.exercises();
  }

  @Query(() => ExerciseModel, { nullable: true })
  @RequireRole('VIEWER')
  exercise(@Args('id', { type: () => ID }) id: string): Promise<ExerciseModel | null> {
    return this.exercises.exercise(id);
  }

  @ResolveField(() => String, {
    description: 'The post-exercise report as one Markdown document in the language asked.',
  })
  reportMarkdown(
    @Parent() exercise: ExerciseModel,
    @Args('locale', { type: () => CommunicationLocaleEnum }) locale: CommunicationLocale,
  ): Promise<string> {
    return this.exercises.reportMarkdown(exercise.id, locale);
  }

  @Mutation(() => ExerciseModel, {
    description: 'Starts a built-in scenario as an EXERCISE at exercise minute 0.',
  })
  @RequireRole('ADMIN')
  startExercise(
    @Args('input') input: StartExerciseInput,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.exercises.start(input, actor);
  }

  @Mutation(() => ExerciseModel, {
    description:
      'Moves the exercise clock by `minutes` or to the next inject; a stale `version` gets CONFLICT.',
  })
  @RequireRole('ADMIN')
  advanceExerciseClock(
    @Args('input') input: AdvanceExerciseClockInput,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.exercises.advance(input, actor);
  }

  @Mutation(() => ExerciseModel, {
    description: 'Logs an entry at the current exercise time; CONFLICT once the exercise ended.',
  })
  @RequireRole('RESPONDER')
  logExerciseEntry(
    @Args('input') input: LogExerciseEntryInput,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.exercises.logEntry(input, actor);
  }

  @Mutation(() => ExerciseModel, {
    description: 'Adds an improvement action, also after the exercise ended (the debrief).',
  })
  @RequireRole('RESPONDER')
  addExerciseImprovement(
    @Args('input') input: AddExerciseImprovementInput,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.exercises.addImprovement(input, actor);
  }

  @Mutation(() => ExerciseModel, {
    description: 'Ends the exercise read at `version`: its clock and log freeze.',
  })
  @RequireRole('ADMIN')
  endExercise(
    @Args('input') input: EndExerciseInput,
    @CurrentActor() actor: Actor,
  ): Promise<ExerciseModel> {
    return this.exercises.end(input, actor);
  }
}
