# a sibling module that fails while being imported (not a program itself)
print('_helper_raises starts')
raise ValueError('module initialisation failed')
