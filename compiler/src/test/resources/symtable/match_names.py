match x:
    case [a, *rest]: pass
    case {"k": v, **kw}: pass
    case P(x=px, y=py) | Q(px, py): pass
    case int() as n if n > 0: pass
