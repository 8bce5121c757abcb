"""Norse 1.x's LIF feed-forward step, operation by operation, in float32."""
from typing import NamedTuple

import numpy as np


class LIFParameters(NamedTuple):
    tau_syn_inv: object
    tau_mem_inv: object
    v_leak: object
    v_th: object
    v_reset: object


class LIFFeedForwardState(NamedTuple):
    v: object
    i: object


def lif_feed_forward_step(input_spikes, state, p, dt=0.001):
    f = np.float32
    i_jump = (state.i + input_spikes).astype(f)
    dv = (f(dt) * p.tau_mem_inv).astype(f) * ((p.v_leak - state.v).astype(f) + i_jump).astype(f)
    v_decayed = (state.v + dv.astype(f)).astype(f)
    di = ((-f(dt)) * p.tau_syn_inv).astype(f) * i_jump
    i_decayed = (i_jump + di.astype(f)).astype(f)
    z_new = ((v_decayed - p.v_th).astype(f) > 0).astype(f)
    v_new = np.where(z_new > 0, np.broadcast_to(p.v_reset, v_decayed.shape), v_decayed).astype(f)
    cls = type(state.v)
    return z_new.view(cls), LIFFeedForwardState(v=v_new.view(cls), i=i_decayed.view(cls))
