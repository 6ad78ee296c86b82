// The base of every scenario command (fast-check AsyncCommand): number the step, tell the story,
// act over HTTP, then read the journal and judge what the driver sent during the step.
// `toString()` is the story line, so a failing sequence reads as something a person can replay.
import type fc from 'fast-check';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { observe } from '../step.ts';

export abstract class ScenarioCommand implements fc.AsyncCommand<ScenarioModel, ScenarioSystem> {
  abstract check(model: Readonly<ScenarioModel>): boolean;

  /** Performs the step; returns a short note on what came back, for the story. */
  protected abstract act(model: ScenarioModel, system: ScenarioSystem): Promise<string | void>;

  abstract toString(): string;

  /** Applies the command as part of a run's set-up: no step of its own in the story. */
  async apply(model: ScenarioModel, system: ScenarioSystem): Promise<string | void> {
    const note = await this.act(model, system);
    await observe(model, system);
    return note;
  }

  async run(model: ScenarioModel, system: ScenarioSystem): Promise<void> {
    model.step += 1;
    const line = `${model.step}. ${this.toString()}`;
    system.story.push(line);
    const at = system.story.length - 1;
    try {
      const note = await this.act(model, system);
      if (note) system.story[at] = `${line} → ${note}`;
      await observe(model, system);
    } catch (error) {
      system.story[at] = `${system.story[at] ?? line}  ✗ ${error instanceof Error ? error.name : 'error'}`;
      throw error;
    }
  }
}
