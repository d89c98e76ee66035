# uncaught KeyboardInterrupt raised by the program: traceback printed, exit status 1 like other exceptions
import sys
print('raising KeyboardInterrupt', flush=True)
raise KeyboardInterrupt
