try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    g()
finally:
    h()

try:
    pass
finally:
    cleanup()

def func():
    try:
        return 1
    finally:
        print("x")

def loop():
    for i in range(3):
        try:
            continue
        except Exception:
            break
        finally:
            print(i)

try:
    risky()
except* OSError as eg:
    handle(eg)
except* ValueError:
    pass

raise RuntimeError("x") from None
