"""Writes the small .npy test files of this folder with NumPy (run with Debian's /usr/bin/python3, NumPy 1.24).

Every array holds the values 0.5, 1.5, ..., so a reader's output is checkable by hand: element [i, j] of a
(rows, columns) array is i * columns + j + 0.5 in C order, whatever the order and byte order on disk.
"""
import numpy as np
from numpy.lib import format as npy_format


def values(shape, dtype):
    return (np.arange(int(np.prod(shape)), dtype=np.float64) + 0.5).reshape(shape).astype(dtype)


def save(name, array, version=None):
    with open(name, "wb") as f:
        npy_format.write_array(f, array, version=version)


save("f8_little_c_3x2.npy", values((3, 2), "<f8"))
save("f8_big_c_3x2.npy", values((3, 2), ">f8"))
save("f4_little_c_3x2.npy", values((3, 2), "<f4"))
save("f4_big_fortran_3x2.npy", np.asfortranarray(values((3, 2), ">f4")))
save("f8_little_fortran_3x2.npy", np.asfortranarray(values((3, 2), "<f8")))
save("f8_vector_5.npy", values((5,), "<f8"))
save("f8_version2_3x2.npy", values((3, 2), "<f8"), version=(2, 0))
save("f8_version3_3x2.npy", values((3, 2), "<f8"), version=(3, 0))
save("i8_3x2.npy", np.arange(6, dtype="<i8").reshape(3, 2))
save("f8_3d_2x2x2.npy", values((2, 2, 2), "<f8"))
save("f8_empty_0x2.npy", values((0, 2), "<f8"))
save("f8_nan_2x2.npy", np.array([[0.0, 1.0], [np.nan, 2.0]]))
save("f4_written_2x3.npy", values((2, 3), "<f4"))
