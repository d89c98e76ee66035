"""Module docstring."""

from __future__ import annotations

def f():
    """Only a docstring."""

def g(x):
    """Docstring, then code."""
    assert x, "x must be true"
    if __debug__:
        print("debugging")
    return 1

class C:
    """Class docstring."""
    y: int

class D:
    """ddoc"""
    def m(self):
        "method doc"
        assert self
lam = lambda: 1
while __debug__:
    break
z = not __debug__
