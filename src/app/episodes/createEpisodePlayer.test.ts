import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workflow } from '../../core/graph/types.ts';
import { createBuiltinRegistry } from '../../../operators/index.ts';
import { createEpisodePlayer, STEP_MS, type PlayerCanvas } from './createEpisodePlayer.ts';
import { fakeEpisode } from './episodeTestKit.ts';

const registry = createBuiltinRegistry();
/** A workflow that names its step, so the test can see which step the canvas shows. */
const marker = (step: number): Workflow => ({ nodes: [], nextId: step + 1 });

function setup() {
  const shown: number[] = [];
  const calls: string[] = [];
  const canvas: PlayerCanvas = {
    enter: () => calls.push('enter'),
    show: (w) => shown.push(w.nextId - 1),
    leave: () => calls.push('leave'),
  };
  const player = createEpisodePlayer({ canvas, workflowAt: (_, step) => marker(step) });
  const episode = fakeEpisode(registry);
  return { player, shown, calls, episode, step: () => player.state.getState().step };
}

describe('createEpisodePlayer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens at step 0, borrows the canvas once, and steps within 0…steps', () => {
    const { player, shown, calls, episode, step } = setup();
    player.open(episode);
    expect(step()).toBe(0);
    player.back();
    expect(step()).toBe(0);
    player.forward();
    player.forward();
    expect(step()).toBe(2);
    player.end();
    expect(step()).toBe(4);
    player.forward();
    expect(step()).toBe(4);
    player.home();
    expect(step()).toBe(0);
    player.open(episode, 3);
    expect(calls).toEqual(['enter']);
    expect(shown).toEqual([0, 0, 1, 2, 4, 4, 0, 3]);
  });

  it.each([
    [-3, 0],
    [2.4, 2],
    [2.6, 3],
    [99, 4],
  ])('seek(%s) shows step %s', (target, expected) => {
    const { player, episode, step, shown } = setup();
    player.open(episode);
    player.seek(target);
    expect(step()).toBe(expected);
    expect(shown.at(-1)).toBe(expected);
  });

  it.each([0.5, 1, 2, 4])('plays one step per STEP_MS / %s and stops at the last step', (speed) => {
    const { player, episode, step } = setup();
    player.open(episode);
    player.setSpeed(speed);
    player.play();
    const interval = STEP_MS / speed;
    vi.advanceTimersByTime(interval - 1);
    expect(step()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(step()).toBe(1);
    vi.advanceTimersByTime(interval * 10);
    expect(step()).toBe(4);
    expect(player.state.getState().playing).toBe(false);
  });

  it('a manual step pauses; play at the end starts again from 0; a speed change applies at once', () => {
    const { player, episode, step } = setup();
    player.open(episode);
    player.play();
    vi.advanceTimersByTime(STEP_MS);
    player.forward();
    expect(player.state.getState().playing).toBe(false);
    vi.advanceTimersByTime(STEP_MS * 5);
    expect(step()).toBe(2);
    player.end();
    player.play();
    expect(step()).toBe(0);
    player.setSpeed(4);
    vi.advanceTimersByTime(STEP_MS / 4);
    expect(step()).toBe(1);
    player.pause();
    vi.advanceTimersByTime(STEP_MS * 5);
    expect(step()).toBe(1);
  });

  it('close stops playing and gives the canvas back', () => {
    const { player, episode, calls, shown } = setup();
    player.open(episode);
    player.play();
    player.close();
    vi.advanceTimersByTime(STEP_MS * 5);
    expect(shown).toEqual([0]);
    expect(calls).toEqual(['enter', 'leave']);
    expect(player.state.getState().episode).toBeNull();
    player.close();
    expect(calls).toEqual(['enter', 'leave']);
  });

  it('does not play an episode without steps', () => {
    const { player, episode } = setup();
    player.open({ ...episode, steps: [] });
    player.play();
    expect(player.state.getState().playing).toBe(false);
  });
});
