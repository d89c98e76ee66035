# sys.argv and other sys attributes a script can rely on
import sys
print(sys.argv, len(sys.argv), sys.argv[0])
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 13), sys.implementation.name != '')
print(sys.maxsize, sys.byteorder, sys.platform.startswith('linux'), type(sys.path).__name__)
print(sys.getrecursionlimit(), sys.flags.optimize, sys.flags.dont_write_bytecode, sys.float_info.max)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.maxunicode, sys.stdout.encoding, sys.stderr.encoding)
print(sys.intern('abc') == 'abc', sys.getdefaultencoding(), sys.stdin.read() == '')
print(sys.exc_info(), sys.exception())
sys.stdout.write('written via sys.stdout.write\n')
sys.stderr.write('written via sys.stderr.write\n')
print(sys.stdout.write('x'), '<- write returns the count')
