"""A NumPy float32 stand-in for the few torch calls the exported Norse scripts make."""
import contextlib

import numpy as np

from . import nn  # noqa: F401

float32 = np.float32
long = np.int64


class Tensor(np.ndarray):
    def expand(self, *size):
        return np.broadcast_to(self, size).view(Tensor)

    def clone(self):
        return np.array(self, copy=True).view(Tensor)

    def index_add_(self, dim, index, source):
        assert dim == 0
        for k, j in enumerate(np.asarray(index)):
            self[j] = np.float32(self[j] + source[k])
        return self

    def flatten(self):
        return np.ravel(self).view(Tensor)


def as_tensor(values, dtype=None):
    array = np.asarray(values)
    if dtype is not None:
        array = array.astype(dtype)
    elif array.dtype.kind == 'f':
        array = array.astype(np.float32)
    return array.view(Tensor)


def zeros(*shape):
    return np.zeros(shape, dtype=np.float32).view(Tensor)


def stack(tensors):
    return np.stack(tensors).view(Tensor)


def nonzero(x):
    return np.argwhere(np.asarray(x)).view(Tensor)


@contextlib.contextmanager
def no_grad():
    yield
