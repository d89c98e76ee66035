# an exception raised while importing a module propagates to the importer: the traceback shows both files
print('importing a module that raises')
import _helper_raises
