"""Norse 1.x's leaky-integrator feed-forward step, operation by operation, in float32."""
from typing import NamedTuple

import numpy as np


class LIParameters(NamedTuple):
    tau_syn_inv: object
    tau_mem_inv: object
    v_leak: object


class LIState(NamedTuple):
    v: object
    i: object


def li_feed_forward_step(input_tensor, state, p, dt=0.001):
    f = np.float32
    i_new = (state.i + input_tensor).astype(f)
    dv = (f(dt) * p.tau_mem_inv).astype(f) * ((p.v_leak - state.v).astype(f) + i_new).astype(f)
    v_new = (state.v + dv.astype(f)).astype(f)
    di = ((-f(dt)) * p.tau_syn_inv).astype(f) * i_new
    i_decayed = (i_new + di.astype(f)).astype(f)
    cls = type(state.v)
    return v_new.view(cls), LIState(v=v_new.view(cls), i=i_decayed.view(cls))
