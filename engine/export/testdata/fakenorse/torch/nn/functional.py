import numpy as np


def linear(z, weight):
    """z W^T in float32, summed over presynaptic neurons in index order."""
    out = np.zeros(weight.shape[0], dtype=np.float32)
    for pre in range(weight.shape[1]):
        if z[pre] != 0:
            out = (out + np.float32(z[pre]) * weight[:, pre]).astype(np.float32)
    return out.view(type(z))
