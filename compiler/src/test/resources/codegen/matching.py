match command:
    case [x]:
        pass
    case [x, y, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=yy) | Point(1, yy):
        pass
    case str() as s if s:
        pass
    case 1 | 2 | 3:
        pass
    case None:
        pass
    case Color.RED:
        pass
    case _:
        pass
