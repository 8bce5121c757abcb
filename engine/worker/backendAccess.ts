/**
 * The worker's access to the backend registry. Probing the gpu.js backends loads gpu.js, opens
 * GPU contexts and self-tests kernels, which blocks the worker for seconds (longer under
 * SwiftShader). So they are probed only when a choice can need them: the user picks one, or
 * 'auto' meets a circuit large enough for a GPU. Until then the picker lists them as not probed.
 */
import {
  AUTO_GPU_MIN_UNITS,
  BACKEND_NAMES,
  chooseBackend,
  createRunner,
  listBackends,
} from '../backends/registry';
import type { BackendChoice, BackendInfo, BackendName } from '../backends/types';
import type { Plan } from '../compile';
import { NOT_PROBED_REASON } from '../protocol/messages';
import type { BackendAccess } from './circuit';

const GPU_JS: readonly string[] = ['webasm', 'cpu', 'webgl2', 'webgpu'];
const gpuJs = BACKEND_NAMES.filter((name: BackendName) => GPU_JS.includes(name));

function needsGpuJs(plan: Plan, choice: BackendChoice): boolean {
  return choice === 'auto' ? plan.unitCount >= AUTO_GPU_MIN_UNITS : GPU_JS.includes(choice);
}

export function createBackendAccess(): BackendAccess {
  let probedAll = false;
  const skipFor = (probeAll: boolean) => ({ skip: probeAll ? [] : gpuJs });
  return {
    async list(plan, choice) {
      const probeAll = probedAll || needsGpuJs(plan, choice);
      const listed = await listBackends(skipFor(probeAll));
      probedAll ||= probeAll;
      return listed.map((info): BackendInfo =>
        !probeAll && gpuJs.includes(info.name) ? { ...info, reason: NOT_PROBED_REASON } : info,
      );
    },
    choose: chooseBackend,
    create: (plan, name) => createRunner(plan, name, skipFor(probedAll || GPU_JS.includes(name))),
  };
}
