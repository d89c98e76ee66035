class Ok[T=int, *Ts=tuple[int]]: pass
def f[T=int, U=str, V](): pass
