// The plan actions/cache's main phase hands to post through the action's state.
import { resolveCachePaths, type CachePlan } from '../../cache/index.js';
import type { ActionIO } from '../common/io.js';
import type { SavePolicy } from '../common/savePolicy.js';
import { STATE } from './constants.js';
import type { CacheMode } from './inputs.js';

/** What main hands to post: the key is resolved once, as actions/cache does. */
interface PlanState {
  key: string;
  restoreKeys: string[];
  root: string;
  includes: string[];
  /** Absolute secret paths main found in the config: post excludes exactly the same. */
  secretPaths: string[];
  backend: CachePlan['backend'];
  dir?: string;
  store?: string;
  mode: CacheMode;
  save: SavePolicy;
}

export function savePlanState(io: ActionIO, plan: CachePlan, mode: CacheMode, savePolicy: SavePolicy): void {
  const state: PlanState = {
    key: plan.key,
    restoreKeys: plan.restoreKeys,
    root: plan.paths.root,
    includes: plan.paths.includes,
    secretPaths: plan.paths.secretPaths,
    backend: plan.backend,
    dir: plan.dir,
    store: plan.store,
    mode,
    save: savePolicy,
  };
  io.saveState(STATE.plan, JSON.stringify(state));
}

export function loadPlanState(io: ActionIO): { plan: CachePlan; mode: CacheMode; save: SavePolicy } | undefined {
  const raw = io.getState(STATE.plan);
  if (!raw) return undefined;
  const s = JSON.parse(raw) as PlanState;
  return {
    mode: s.mode,
    save: s.save ?? 'on-success',
    plan: {
      key: s.key,
      restoreKeys: s.restoreKeys,
      defaultKey: false,
      paths: resolveCachePaths(s.root, s.includes, s.secretPaths ?? []),
      backend: s.backend,
      dir: s.dir,
      store: s.store,
      pinFiles: [],
      config: {} as CachePlan['config'],
    },
  };
}
