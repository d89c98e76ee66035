nonlocal z
