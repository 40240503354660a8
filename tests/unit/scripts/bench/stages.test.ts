/** The build-stage table's pure parts: marks to stages, and a reported part split out of the last stage. */
import { describe, expect, it } from 'vitest';
import { splitStage, stagesOf } from '../../../../scripts/bench/stages.ts';

const file = {
  processStart: 1_000,
  marks: [
    { name: 'config:setup', at: 3_000 },
    { name: 'config:setup:end', at: 4_000 },
    { name: 'config:done', at: 4_000 },
    // The temporary Vite server of the content sync also starts a "client" build: the later mark counts.
    { name: 'vite:client:start', at: 4_500 },
    { name: 'build:start', at: 6_000 },
    { name: 'build:setup', at: 6_000 },
    { name: 'vite:prerender:start', at: 6_500 },
    { name: 'vite:prerender:end', at: 9_000 },
    { name: 'vite:client:start', at: 9_000 },
    { name: 'vite:client:end', at: 9_500 },
    { name: 'build:generated', at: 12_000 },
    { name: 'build:done', at: 12_000 },
    { name: 'build:done:end', at: 12_500 },
  ],
};

describe('stagesOf', () => {
  it('gives each stage the time from the mark before it, as a share of the whole command', () => {
    const stages = stagesOf(file, 500, 13_000);
    expect(stages.map((stage) => stage.seconds)).toEqual([0.5, 2, 1, 0, 2, 0.5, 2.5, 0, 0.5, 2.5, 0, 0.5, 0.5]);
    expect(stages.reduce((sum, stage) => sum + stage.share, 0)).toBeCloseTo(1);
    expect(stages.find((stage) => stage.stage.startsWith('content layer sync'))?.share).toBeCloseTo(2 / 12.5);
  });

  it('folds a stage whose mark is missing into the next, and never counts a negative gap', () => {
    const stages = stagesOf({ processStart: 400, marks: [{ name: 'config:setup', at: 2_000 }, { name: 'build:generated', at: 5_000 }] }, 500, 6_000);
    expect(stages.map((stage) => stage.seconds)).toEqual([0, 1.5, 3, 1]);
  });
});

describe('splitStage', () => {
  it('takes reported parts out of the last stage, so the stages still add up', () => {
    const stages = [
      { stage: 'build', seconds: 8, share: 0.8 },
      { stage: 'after', seconds: 2, share: 0.2 },
    ];
    const split = splitStage(stages, [{ label: 'Pagefind', seconds: 1.5 }, { label: 'not measured', seconds: Number.NaN }], 10);
    expect(split).toEqual([
      { stage: 'build', seconds: 8, share: 0.8 },
      { stage: 'Pagefind', seconds: 1.5, share: 0.15 },
      { stage: 'after', seconds: 0.5, share: 0.05 },
    ]);
    expect(splitStage(stages, [], 10)).toBe(stages);
  });
});
