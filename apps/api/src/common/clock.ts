import { Injectable } from '@nestjs/common';

/** The API's only source of "now"; the domain always receives it as a parameter. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
