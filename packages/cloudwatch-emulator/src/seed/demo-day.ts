import type { SeedEventRecord } from './seed-file.js';

/** What every part of the demo day shares: one random sequence, the clock, the incident. */
export interface DemoDay {
  random: () => number;
  now: number;
  incident: { deployAt: number; start: number; end: number };
  inIncident(timestamp: number): boolean;
  /** Events are collected here and loaded together, sorted per stream. */
  events: SeedEventRecord[];
  uuid(): string;
  iso(timestamp: number): string;
}
