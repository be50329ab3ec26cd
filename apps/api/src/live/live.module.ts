import { Global, Module } from '@nestjs/common';
import { LiveEmitter } from './live-emitter';
import { LiveEventsService } from './live-events.service';

@Global()
@Module({ providers: [LiveEmitter, LiveEventsService], exports: [LiveEmitter, LiveEventsService] })
export class LiveModule {}
