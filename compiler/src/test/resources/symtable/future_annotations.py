from __future__ import annotations
class C:
    x: int = 1
    def f(self, a: Undefined) -> Other: pass
y: Z = 2
