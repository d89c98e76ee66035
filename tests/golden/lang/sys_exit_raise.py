# raise SystemExit(code) directly, with a big status code (taken modulo 256 by the OS)
print('raising SystemExit(258)')
raise SystemExit(258)
