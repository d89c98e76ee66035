# string and bytes literals: quotes, escapes, raw, triple-quoted, implicit concatenation, unicode
print('single', "double", '''triple
single''', """triple
double""")
print('tab\there', 'nl\\n kept', "quote\"s", 'it\'s')
print('\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}')
print(r'raw\n\t', R"raw\x41", rb'raw\bytes')
print('implicit' ' concat' " works")
print(b'bytes', b'\x00\xff', B"\n", bytes(3), b'a' b'b')
print(repr('a\nb'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\x00\x7f\x80\xff\u0100\ud800'), ascii('é€😀'))
print(len('😀'), len('é'), len(b'\xc3\xa9'), '😀'.encode('utf-8'))
s = """first
  second \
continued"""
print(s)
print('%s|%r|%5d|%-5s|%.2f' % ('a', 'b', 42, 'x', 3.14159))
print('a' * 3, 3 * 'ab', 'x' + 'y', 'abc'[1], 'abc'[-1])
print('\'' == "'", '\\', len('\\'))
print(u'unicode prefix', type(u''))
