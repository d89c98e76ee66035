#!/usr/bin/env python3.13
"""Generate Kaa's opcode table, dev.kaa.compiler.bytecode.Opcode, from CPython 3.13's own modules.

CPython's Python/bytecodes.c is the one source of truth for the instruction set; an installed CPython
3.13 exposes what it generates from it:

  * `opcode.opmap`, `_opcode_metadata` (opmap incl. pseudo-instructions, `_specializations`,
    `_specialized_opmap`, HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE) -- names and numbers;
  * `opcode._cache_format` / `_inline_cache_entries` -- inline cache entries;
  * `_opcode.has_arg/has_const/has_name/has_jump/has_free/has_local/has_exc` -- the dis lists;
  * `_opcode.get_nb_ops()`, `get_intrinsic1_descs()`, `get_intrinsic2_descs()`, `opcode.cmp_op`;
  * the installed internal header `pycore_opcode_metadata.h` -- `_PyOpcode_num_popped` and
    `_PyOpcode_num_pushed` (stack effects as expressions of oparg) and the per-opcode flags; every
    expression is checked here against `dis.stack_effect` for many opargs.  Pseudo-instructions have no
    entry there; their effects come from `dis.stack_effect` itself (they do not depend on oparg).

Run it with CPython 3.13 (the generated file says which version made it):

    PYENV_VERSION=3.13.0 python3.13 tools/gen_opcodes.py

The one-line notes per instruction (NOTES below) are ours: what the instruction does, in the manner of
Lua's lopcodes.h.
"""
import dis, opcode, os, re, sys, sysconfig
import _opcode
import _opcode_metadata as meta

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'compiler', 'src', 'main', 'java',
                   'dev', 'kaa', 'compiler', 'bytecode', 'Opcode.java')
HEADER_FILE = os.path.join(sysconfig.get_paths()['include'], 'internal', 'pycore_opcode_metadata.h')
UTILS_FILE = os.path.join(sysconfig.get_paths()['include'], 'internal', 'pycore_opcode_utils.h')

# What each instruction does (ours; the stack effect and caches are generated beside it).
NOTES = {
    'CACHE': 'an inline cache entry; never executed',
    'BEFORE_ASYNC_WITH': 'mgr -- exit, res: await-less half of async with entry (__aexit__ bound, __aenter__() result)',
    'BEFORE_WITH': 'mgr -- exit, res: push bound __exit__ and the result of __enter__()',
    'BINARY_SLICE': 'container, start, stop -- container[start:stop]',
    'BINARY_SUBSCR': 'container, sub -- container[sub]',
    'CHECK_EG_MATCH': 'exc, type -- rest, match: split an exception group for except*',
    'CHECK_EXC_MATCH': 'exc, type -- exc, bool: isinstance check of an except clause',
    'CLEANUP_THROW': 'sub_iter, last_sent, exc -- none, value: StopIteration from gen.throw() ends yield from',
    'DELETE_SUBSCR': 'container, sub --: del container[sub]',
    'END_ASYNC_FOR': 'awaitable, exc --: end of async for on StopAsyncIteration, else re-raise',
    'END_FOR': 'value --: pops the exhausted iterator\'s sentinel; target of FOR_ITER\'s exit',
    'END_SEND': 'receiver, value -- value',
    'EXIT_INIT_CHECK': 'should_be_none --: TypeError unless __init__ returned None',
    'FORMAT_SIMPLE': 'value -- str: format(value) in an f-string',
    'FORMAT_WITH_SPEC': 'value, fmt_spec -- str: format(value, spec)',
    'GET_AITER': 'obj -- obj.__aiter__()',
    'GET_ANEXT': 'aiter -- aiter, awaitable',
    'GET_ITER': 'iterable -- iter(iterable)',
    'GET_LEN': 'obj -- obj, len(obj) (match statements)',
    'GET_YIELD_FROM_ITER': 'iterable -- iter: iter() unless already a generator/coroutine',
    'INTERPRETER_EXIT': 'retval --: leave the interpreter loop (internal)',
    'LOAD_ASSERTION_ERROR': '-- AssertionError',
    'LOAD_BUILD_CLASS': '-- builtins.__build_class__',
    'LOAD_LOCALS': '-- locals(): the namespace of a class body (annotation scopes)',
    'MAKE_FUNCTION': 'codeobj -- func: a function from a code object and the current globals',
    'MATCH_KEYS': 'subject, keys -- subject, keys, values_or_none',
    'MATCH_MAPPING': 'subject -- subject, is_mapping',
    'MATCH_SEQUENCE': 'subject -- subject, is_sequence',
    'NOP': 'does nothing; keeps a line number alive',
    'POP_EXCEPT': 'exc_value --: restore the exception being handled before this handler',
    'POP_TOP': 'value --',
    'PUSH_EXC_INFO': 'new_exc -- prev_exc, new_exc: start of an exception handler',
    'PUSH_NULL': '-- NULL: the empty self/callable slot of CALL',
    'RETURN_GENERATOR': '-- gen: first instruction of a generator, coroutine or async generator',
    'RETURN_VALUE': 'retval --: return from the frame',
    'SETUP_ANNOTATIONS': 'creates __annotations__ in the local namespace if missing',
    'STORE_SLICE': 'v, container, start, stop --: container[start:stop] = v',
    'STORE_SUBSCR': 'v, container, sub --: container[sub] = v',
    'TO_BOOL': 'value -- bool(value)',
    'UNARY_INVERT': 'value -- ~value',
    'UNARY_NEGATIVE': 'value -- -value',
    'UNARY_NOT': 'bool -- not bool (operand is already a bool)',
    'WITH_EXCEPT_START': 'exit_func, lasti, unused, val -- ..., res: call __exit__(type, val, tb)',
    'BINARY_OP': 'lhs, rhs -- res: oparg is an NB_* operator (see nbOpSymbol)',
    'BUILD_CONST_KEY_MAP': 'values[oparg], keys -- dict (keys is a constant tuple)',
    'BUILD_LIST': 'values[oparg] -- list',
    'BUILD_MAP': 'values[oparg*2] -- dict from key, value pairs',
    'BUILD_SET': 'values[oparg] -- set',
    'BUILD_SLICE': 'start, stop, step if oparg == 3 -- slice',
    'BUILD_STRING': 'pieces[oparg] -- str: concatenation of f-string pieces',
    'BUILD_TUPLE': 'values[oparg] -- tuple',
    'CALL': 'callable, self_or_null, args[oparg] -- res',
    'CALL_FUNCTION_EX': 'func, unused, callargs, kwargs if oparg & 1 -- result: f(*callargs, **kwargs)',
    'CALL_INTRINSIC_1': 'value -- res: oparg names a unary intrinsic (see intrinsic1Name)',
    'CALL_INTRINSIC_2': 'value2, value1 -- res: oparg names a binary intrinsic (see intrinsic2Name)',
    'CALL_KW': 'callable, self_or_null, args[oparg], kwnames -- res',
    'COMPARE_OP': 'left, right -- res: oparg >> 5 indexes cmp_op; bit 4 asks for a bool result',
    'CONTAINS_OP': 'left, right -- bool: "in", or "not in" if oparg is 1',
    'CONVERT_VALUE': 'value -- result: oparg 1 str(), 2 repr(), 3 ascii() (f-string conversion)',
    'COPY': 'bottom, unused[oparg-1] -- bottom, unused[oparg-1], bottom',
    'COPY_FREE_VARS': 'copies oparg free variables from the closure into the frame',
    'DELETE_ATTR': 'owner --: del owner.co_names[oparg]',
    'DELETE_DEREF': 'del of a cell variable',
    'DELETE_FAST': 'del of a local variable',
    'DELETE_GLOBAL': 'del of a global name',
    'DELETE_NAME': 'del of a name in the local namespace',
    'DICT_MERGE': 'callable, unused, unused, dict, unused[oparg - 1], update -- ...: **kwargs merge, duplicates raise',
    'DICT_UPDATE': 'dict, unused[oparg - 1], update -- dict, unused[oparg - 1]: {**update}',
    'ENTER_EXECUTOR': 'enter a tier-2 executor (never emitted by the compiler)',
    'EXTENDED_ARG': 'prefixes the next instruction\'s oparg with 8 more bits',
    'FOR_ITER': 'iter -- iter, next; on exhaustion jumps forward oparg (past the END_FOR)',
    'GET_AWAITABLE': 'iterable -- awaitable: oparg 1 after __aenter__, 2 after __aexit__',
    'IMPORT_FROM': 'from -- from, res: from.co_names[oparg] (import from)',
    'IMPORT_NAME': 'level, fromlist -- module: __import__(co_names[oparg], ...)',
    'IS_OP': 'left, right -- bool: "is", or "is not" if oparg is 1',
    'JUMP_BACKWARD': 'jumps back oparg code units; checks for interrupts',
    'JUMP_BACKWARD_NO_INTERRUPT': 'jumps back oparg code units without an interrupt check',
    'JUMP_FORWARD': 'jumps forward oparg code units',
    'LIST_APPEND': 'list, unused[oparg-1], v -- list, unused[oparg-1]: list comprehension step',
    'LIST_EXTEND': 'list, unused[oparg-1], iterable -- list, unused[oparg-1]',
    'LOAD_ATTR': 'owner -- attr, self_or_null if oparg & 1: co_names[oparg >> 1]',
    'LOAD_CONST': '-- co_consts[oparg]',
    'LOAD_DEREF': '-- value of cell/free variable oparg',
    'LOAD_FAST': '-- local oparg (known to be bound)',
    'LOAD_FAST_AND_CLEAR': '-- local oparg or NULL, and clears it (inlined comprehensions)',
    'LOAD_FAST_CHECK': '-- local oparg; UnboundLocalError if unbound',
    'LOAD_FAST_LOAD_FAST': '-- local oparg >> 4, local oparg & 15',
    'LOAD_FROM_DICT_OR_DEREF': 'mapping -- value: class bodies reading a free variable',
    'LOAD_FROM_DICT_OR_GLOBALS': 'mapping -- value: annotation scopes reading a global',
    'LOAD_GLOBAL': '-- NULL if oparg & 1, global co_names[oparg >> 1]',
    'LOAD_NAME': '-- locals, globals or builtins lookup of co_names[oparg]',
    'LOAD_SUPER_ATTR': 'global_super, class, self -- attr, self_or_null if oparg & 1: super().co_names[oparg >> 2]',
    'MAKE_CELL': 'turns local oparg into a cell at frame start',
    'MAP_ADD': 'dict, unused[oparg - 1], key, value -- dict, unused[oparg - 1]',
    'MATCH_CLASS': 'subject, type, names -- attrs_or_none: oparg positional sub-patterns',
    'POP_JUMP_IF_FALSE': 'cond --: jumps forward oparg if cond is False (cond is a bool)',
    'POP_JUMP_IF_NONE': 'value --: jumps forward oparg if value is None',
    'POP_JUMP_IF_NOT_NONE': 'value --: jumps forward oparg unless value is None',
    'POP_JUMP_IF_TRUE': 'cond --: jumps forward oparg if cond is True (cond is a bool)',
    'RAISE_VARARGS': 'args[oparg] --: raise, raise exc, raise exc from cause',
    'RERAISE': 'values[oparg], exc --: re-raise; oparg 1 restores f_lasti from the stack',
    'RETURN_CONST': 'returns co_consts[oparg]',
    'SEND': 'receiver, v -- receiver, retval: gen.send(v); jumps forward oparg when done',
    'SET_ADD': 'set, unused[oparg-1], v -- set, unused[oparg-1]',
    'SET_FUNCTION_ATTRIBUTE': 'attr, func -- func: oparg is 1 defaults, 2 kwdefaults, 4 annotations, 8 closure',
    'SET_UPDATE': 'set, unused[oparg-1], iterable -- set, unused[oparg-1]',
    'STORE_ATTR': 'v, owner --: owner.co_names[oparg] = v',
    'STORE_DEREF': 'v --: cell/free variable oparg = v',
    'STORE_FAST': 'value --: local oparg = value',
    'STORE_FAST_LOAD_FAST': 'value -- value2: local oparg >> 4 = value, then push local oparg & 15',
    'STORE_FAST_STORE_FAST': 'value2, value1 --: local oparg >> 4 = value1, local oparg & 15 = value2',
    'STORE_GLOBAL': 'v --: global co_names[oparg] = v',
    'STORE_NAME': 'v --: local namespace co_names[oparg] = v',
    'SWAP': 'bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom',
    'UNPACK_EX': 'seq -- values[oparg & 0xFF], list, values[oparg >> 8]: a, *b, c = seq',
    'UNPACK_SEQUENCE': 'seq -- values[oparg] (pushed in reverse, first item on top)',
    'YIELD_VALUE': 'retval -- value: yields; oparg is the exception-depth flag of the yield',
    'RESUME': 'frame start/after yield: oparg & 3 says where (0 start, 1 yield, 2 yield from, 3 await)',
    'JUMP': 'pseudo: unconditional jump, becomes JUMP_FORWARD or JUMP_BACKWARD',
    'JUMP_NO_INTERRUPT': 'pseudo: jump that becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT',
    'LOAD_CLOSURE': 'pseudo: load a cell for a closure tuple; becomes LOAD_FAST',
    'LOAD_METHOD': 'pseudo: LOAD_ATTR with the method bit set',
    'LOAD_SUPER_METHOD': 'pseudo: LOAD_SUPER_ATTR of a method (two-argument super)',
    'LOAD_ZERO_SUPER_ATTR': 'pseudo: LOAD_SUPER_ATTR of zero-argument super()',
    'LOAD_ZERO_SUPER_METHOD': 'pseudo: LOAD_SUPER_ATTR of a method of zero-argument super()',
    'POP_BLOCK': 'pseudo: ends a SETUP_* block; becomes NOP',
    'SETUP_CLEANUP': 'pseudo: handler that pushes lasti and exception; becomes NOP + exception table entry',
    'SETUP_FINALLY': 'pseudo: handler that pushes the exception; becomes NOP + exception table entry',
    'SETUP_WITH': 'pseudo: handler for a with block; becomes NOP + exception table entry',
    'STORE_FAST_MAYBE_NULL': 'pseudo: STORE_FAST of a value that may be NULL (comprehension cleanup)',
}


def read_header_functions(text, fname):
    """Returns {opname: C expression} of the switch in int fname(int opcode, int oparg)."""
    m = re.search(r'int ' + fname + r'\(int opcode, int oparg\)\s*\{(.*?)\n\}', text, re.S)
    body = m.group(1)
    out = {}
    for name, expr in re.findall(r'case (\w+):\s*return (.*?);', body):
        out[name] = expr.strip()
    return out


def read_header_flags(text):
    flags = {}
    m = re.search(r'_PyOpcode_opcode_metadata\[\d+\] = \{(.*?)\n\};', text, re.S)
    for name, fmt, fl in re.findall(r'\[(\w+)\] = \{ true, ([-\w]+), ([^}]*)\}', m.group(1)):
        flags[name] = [f.strip() for f in fl.split('|') if f.strip() and f.strip() != '0']
    return flags


def c_expr_to_java(expr):
    # The generated expressions use only oparg, integer literals, + - * >> &, == and ?: -- valid Java as is.
    assert re.fullmatch(r'[\w\s+\-*()&>=?:]+', expr), expr
    return expr


def eval_c(expr, oparg):
    py = re.sub(r'\((\([^()]*\))\s*\?\s*(\w+)\s*:\s*(\w+)\)', r'((\2) if \1 else (\3))', expr)
    return eval(py, {'oparg': oparg})


def main():
    text = open(HEADER_FILE).read()
    utils = open(UTILS_FILE).read()
    popped = read_header_functions(text, '_PyOpcode_num_popped')
    pushed = read_header_functions(text, '_PyOpcode_num_pushed')
    hflags = read_header_flags(text)
    max_real = int(re.search(r'#define MAX_REAL_OPCODE (\d+)', utils).group(1))

    opmap = dict(meta.opmap)
    spec = dict(meta._specialized_opmap)
    allmap = dict(opmap)
    allmap.update(spec)
    byop = {v: k for k, v in allmap.items()}
    deopt = {s: base for base, fam in meta._specializations.items() for s in fam}
    pseudo = {n: o for n, o in opmap.items() if o > max_real}
    caches = opcode._inline_cache_entries
    cache_format = opcode._cache_format

    # Check the header's expressions against dis.stack_effect, the public oracle.
    for name, op in opmap.items():
        if op > max_real or op >= meta.MIN_INSTRUMENTED_OPCODE or name in ('ENTER_EXECUTOR',):
            continue
        for oparg in (range(0, 300) if op in opcode.hasarg else [None]):
            a = 0 if oparg is None else oparg
            if name == 'BUILD_SLICE' and a not in (2, 3):
                continue
            if name in ('COPY',) and a < 1 or name == 'SWAP' and a < 2:
                continue
            want = dis.stack_effect(op, oparg)
            got = eval_c(pushed[name], a) - eval_c(popped[name], a)
            assert want == got, (name, oparg, want, got)
    pseudo_effect = {}
    for name, op in pseudo.items():
        arg = 0 if op in opcode.hasarg else None
        pseudo_effect[name] = (dis.stack_effect(op, arg, jump=False), dis.stack_effect(op, arg, jump=True))
        for a in (1, 2, 5, 17):
            if op in opcode.hasarg:
                assert (dis.stack_effect(op, a, jump=False),
                        dis.stack_effect(op, a, jump=True)) == pseudo_effect[name], name

    targets = {}
    m = re.search(r'_PyOpcode_PseudoTargets\[\d+\] = \{(.*?)\n\};', text, re.S)
    for name, tg in re.findall(r'\[(\w+)-256\] = \{ \{ ([^}]*) \} \}', m.group(1)):
        targets[name] = [t.strip() for t in tg.split(',') if t.strip() != '0']

    def flagbits(name, op):
        bits = []
        if _opcode.has_arg(op): bits.append('HAS_ARG')
        if _opcode.has_const(op): bits.append('HAS_CONST')
        if _opcode.has_name(op): bits.append('HAS_NAME')
        if _opcode.has_jump(op): bits.append('HAS_JUMP')
        if _opcode.has_free(op): bits.append('HAS_FREE')
        if _opcode.has_local(op): bits.append('HAS_LOCAL')
        if _opcode.has_exc(op): bits.append('HAS_EXC')
        for f in hflags.get(name, []):
            f = f.removesuffix('_FLAG')
            if f not in ('HAS_ARG', 'HAS_CONST', 'HAS_NAME', 'HAS_JUMP', 'HAS_FREE', 'HAS_LOCAL'):
                bits.append(f)
        if name in pseudo: bits.append('PSEUDO')
        if name in spec: bits.append('SPECIALIZED')
        return bits

    FLAG_NAMES = ['HAS_ARG', 'HAS_CONST', 'HAS_NAME', 'HAS_JUMP', 'HAS_FREE', 'HAS_LOCAL', 'HAS_EXC',
                  'HAS_EVAL_BREAK', 'HAS_DEOPT', 'HAS_ERROR', 'HAS_ESCAPES', 'HAS_EXIT', 'HAS_PURE',
                  'HAS_PASSTHROUGH', 'HAS_OPARG_AND_1', 'HAS_ERROR_NO_POP', 'PSEUDO', 'SPECIALIZED']
    FLAG_DOC = {
        'HAS_ARG': 'takes an oparg (dis.hasarg)', 'HAS_CONST': 'oparg indexes co_consts (dis.hasconst)',
        'HAS_NAME': 'oparg indexes co_names (dis.hasname)', 'HAS_JUMP': 'oparg is a relative jump (dis.hasjump)',
        'HAS_FREE': 'oparg indexes the cells and free variables (dis.hasfree)',
        'HAS_LOCAL': 'oparg indexes the local variables (dis.haslocal)',
        'HAS_EXC': 'sets up an exception handler (dis.hasexc; pseudo-instructions only)',
        'HAS_EVAL_BREAK': 'checks for interrupts (eval breaker)', 'HAS_DEOPT': 'may deoptimize',
        'HAS_ERROR': 'may raise', 'HAS_ESCAPES': 'may call arbitrary code', 'HAS_EXIT': 'has a side exit',
        'HAS_PURE': 'no side effects', 'HAS_PASSTHROUGH': 'leaves its inputs unchanged',
        'HAS_OPARG_AND_1': 'low oparg bit changes the stack effect', 'HAS_ERROR_NO_POP': 'raises without popping',
        'PSEUDO': 'pseudo-instruction: exists only inside the compiler',
        'SPECIALIZED': 'specialized form made by the adaptive interpreter',
    }

    size = max(allmap.values()) + 1
    L = []
    w = L.append
    w('// GENERATED by tools/gen_opcodes.py from CPython %s\'s opcode, dis, _opcode and _opcode_metadata'
      % sys.version.split()[0])
    w('// modules and its pycore_opcode_metadata.h. Do not edit.')
    w('package dev.kaa.compiler.bytecode;')
    w('')
    w('/**')
    w(' * CPython 3.13\'s instruction set: every opcode\'s number (as {@code opcode.opmap}), name, inline cache')
    w(' * entries, dis classification and stack effect, and the pseudo-instructions the compiler uses before')
    w(' * assembly (numbers 256 and up, never in {@code co_code}).')
    w(' *')
    w(' * <p>An instruction is two bytes in {@code co_code}: opcode, oparg (opargs over 255 are prefixed by')
    w(' * {@code EXTENDED_ARG}), followed by {@link #cacheEntries} two-byte inline cache entries (zero in the')
    w(' * compiler\'s output; the interpreter\'s specializing form lives beside {@code co_code}). Opcodes below')
    w(' * {@link #HAVE_ARGUMENT} ignore their oparg. Jumps are relative, counted in code units from the end of')
    w(' * the instruction\'s caches; {@code JUMP_BACKWARD*} go back.')
    w(' *')
    w(' * <p>Each constant\'s comment gives the stack effect ("pops n, pushes m", expressions of oparg, from')
    w(' * CPython\'s generated metadata), the cache entries, and a note on what it does.')
    w(' * ORDER OP: the numbers must stay CPython 3.13\'s.')
    w(' */')
    w('public final class Opcode {')
    w('    private Opcode() {')
    w('    }')
    w('')
    w('    /** Opcodes at or above this take an oparg. */')
    w('    public static final int HAVE_ARGUMENT = %d;' % meta.HAVE_ARGUMENT)
    w('    /** First of the INSTRUMENTED_* opcodes (sys.monitoring). */')
    w('    public static final int MIN_INSTRUMENTED_OPCODE = %d;' % meta.MIN_INSTRUMENTED_OPCODE)
    w('    /** Largest opcode that can appear in co_code; pseudo-instructions are above it. */')
    w('    public static final int MAX_REAL_OPCODE = %d;' % max_real)
    w('    /** One more than the largest opcode, pseudo-instructions included. */')
    w('    public static final int SIZE = %d;' % size)
    w('')

    def effect_doc(name, op):
        if name in pseudo:
            nj, j = pseudo_effect[name]
            s = 'net stack effect %+d' % nj
            if j != nj:
                s += ' (%+d when the jump/handler is taken)' % j
            return s
        if name in popped:
            return 'pops %s, pushes %s' % (popped[name], pushed[name])
        return 'no stack effect data'

    for op in range(size):
        name = byop.get(op)
        if name is None:
            continue
        doc = ['%s (%d)' % (name, op)]
        doc.append(effect_doc(name, op))
        if name in caches and caches[name]:
            doc.append('%d cache entr%s (%s)' % (caches[name], 'y' if caches[name] == 1 else 'ies',
                       ', '.join('%s/%d' % kv for kv in cache_format[name].items())))
        if name in deopt:
            doc.append('specialization of ' + deopt[name])
        if name in targets:
            doc.append('becomes ' + ' or '.join(targets[name]))
        note = NOTES.get(name)
        if note is None and name.startswith('INSTRUMENTED_'):
            note = 'sys.monitoring form of ' + name[len('INSTRUMENTED_'):]
        text_ = '; '.join(doc) + ('. ' + note + '.' if note else '.')
        text_ = text_.replace('*/', '*&#47;').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        w('    /** %s */' % text_)
        w('    public static final int %s = %d;' % (name, op))
    w('')

    for i, f in enumerate(FLAG_NAMES):
        w('    /** Flag: %s. */' % FLAG_DOC[f])
        w('    public static final int %s = 1 << %d;' % (f, i))
    w('')

    names = ['"<%d>"' % i for i in range(size)]
    for op in range(size):
        if op in byop:
            names[op] = '"%s"' % byop[op]
    w('    /** opname, specialized names included; "&lt;n&gt;" where no opcode has the number. */')
    w('    private static final String[] NAMES = {')
    for i in range(0, size, 6):
        w('        ' + ', '.join(names[i:i + 6]) + ',')
    w('    };')
    w('')
    flags = []
    for op in range(size):
        name = byop.get(op)
        fl = flagbits(name, op) if name else []
        flags.append(' | '.join(fl) if fl else '0')
    w('    private static final int[] FLAGS = {')
    for op in range(size):
        w('        %s, // %d %s' % (flags[op], op, byop.get(op, '')))
    w('    };')
    w('')
    cache_arr = [str(caches.get(byop.get(op), 0)) if op in byop else '0' for op in range(size)]
    # specialized forms share their base instruction's cache size
    for op in range(size):
        n = byop.get(op)
        if n in deopt:
            cache_arr[op] = str(caches.get(deopt[n], 0))
    w('    private static final byte[] CACHES = {')
    for i in range(0, size, 20):
        w('        ' + ', '.join(cache_arr[i:i + 20]) + ',')
    w('    };')
    w('')
    w('    /** Name of an opcode (dis.opname; specialized and pseudo names included). */')
    w('    public static String name(int op) {')
    w('        return op >= 0 && op < SIZE ? NAMES[op] : "<" + op + ">";')
    w('    }')
    w('')
    w('    /** The opcode of a name (opcode.opmap, specialized names included), or -1. */')
    w('    public static int byName(String name) {')
    w('        return switch (name) {')
    for n, o in sorted(allmap.items(), key=lambda kv: kv[1]):
        w('            case "%s" -> %d;' % (n, o))
    w('            default -> -1;')
    w('        };')
    w('    }')
    w('')
    w('    /** The flag bits of an opcode (HAS_ARG, HAS_JUMP, ...). */')
    w('    public static int flags(int op) {')
    w('        return op >= 0 && op < SIZE ? FLAGS[op] : 0;')
    w('    }')
    w('')
    for meth, flag in [('hasArg', 'HAS_ARG'), ('hasConst', 'HAS_CONST'), ('hasName', 'HAS_NAME'),
                       ('hasJump', 'HAS_JUMP'), ('hasFree', 'HAS_FREE'), ('hasLocal', 'HAS_LOCAL'),
                       ('hasExc', 'HAS_EXC'), ('isPseudo', 'PSEUDO'), ('isSpecialized', 'SPECIALIZED')]:
        w('    /** {@code flags(op) & %s}. */' % flag)
        w('    public static boolean %s(int op) {' % meth)
        w('        return (flags(op) & %s) != 0;' % flag)
        w('    }')
        w('')
    w('    /** Whether the opcode is defined (opcode.opmap or a specialization). */')
    w('    public static boolean isValid(int op) {')
    w('        return op >= 0 && op < SIZE && NAMES[op].charAt(0) != \'<\';')
    w('    }')
    w('')
    w('    /** Inline cache entries (code units) after the instruction (opcode._inline_cache_entries). */')
    w('    public static int cacheEntries(int op) {')
    w('        return op >= 0 && op < SIZE ? CACHES[op] : 0;')
    w('    }')
    w('')
    w('    /** The base instruction of a specialized one (_PyOpcode_Deopt); the opcode itself otherwise. */')
    w('    public static int deopt(int op) {')
    w('        return switch (op) {')
    by_base = {}
    for s, b in deopt.items():
        by_base.setdefault(b, []).append(s)
    for b, fam in sorted(by_base.items(), key=lambda kv: opmap[kv[0]]):
        w('            case %s -> %s;' % (', '.join(sorted(fam, key=lambda n: spec[n])), b))
    w('            default -> op;')
    w('        };')
    w('    }')
    w('')
    w('    /** Whether the opcode jumps backwards (JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT). */')
    w('    public static boolean isBackwardJump(int op) {')
    w('        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;')
    w('    }')
    w('')
    w('    /** The real instructions a pseudo-instruction can become (_PyOpcode_PseudoTargets). */')
    w('    public static int[] pseudoTargets(int op) {')
    w('        return switch (op) {')
    for n, tg in targets.items():
        w('            case %s -> new int[] {%s};' % (n, ', '.join(tg)))
    w('            default -> new int[0];')
    w('        };')
    w('    }')
    w('')
    w('    /**')
    w('     * Stack items an instruction pops (_PyOpcode_num_popped), or -1 for an unknown or pseudo opcode.')
    w('     */')
    w('    public static int numPopped(int op, int oparg) {')
    w('        return switch (op) {')
    groups = {}
    for n in sorted(popped, key=lambda n: allmap.get(n, 999)):
        if n not in allmap:
            continue
        groups.setdefault(c_expr_to_java(popped[n]), []).append(n)
    for e, ns in groups.items():
        w('            case %s -> %s;' % (', '.join(ns), e))
    w('            default -> -1;')
    w('        };')
    w('    }')
    w('')
    w('    /** Stack items an instruction pushes (_PyOpcode_num_pushed), or -1 for an unknown or pseudo opcode. */')
    w('    public static int numPushed(int op, int oparg) {')
    w('        return switch (op) {')
    groups = {}
    for n in sorted(pushed, key=lambda n: allmap.get(n, 999)):
        if n not in allmap:
            continue
        groups.setdefault(c_expr_to_java(pushed[n]), []).append(n)
    for e, ns in groups.items():
        w('            case %s -> %s;' % (', '.join(ns), e))
    w('            default -> -1;')
    w('        };')
    w('    }')
    w('')
    w('    /** Sentinel of {@link #stackEffect} for an opcode with no known effect. */')
    w('    public static final int INVALID_STACK_EFFECT = Integer.MAX_VALUE;')
    w('')
    w('    /**')
    w('     * The net stack effect, as {@code dis.stack_effect(op, oparg, jump=jump)}: for a jump or a')
    w('     * block-setup pseudo-instruction, {@code jump} selects the branch taken. Specialized opcodes have')
    w('     * none ({@link #INVALID_STACK_EFFECT}), as in CPython.')
    w('     */')
    w('    public static int stackEffect(int op, int oparg, boolean jump) {')
    w('        switch (op) {')
    for n, (nj, j) in pseudo_effect.items():
        if nj == j:
            w('            case %s: return %d;' % (n, nj))
        else:
            w('            case %s: return jump ? %d : %d;' % (n, j, nj))
    w('            default: break;')
    w('        }')
    w('        if (op < 0 || op > MAX_REAL_OPCODE || deopt(op) != op) {')
    w('            return INVALID_STACK_EFFECT;')
    w('        }')
    w('        int popped = numPopped(op, oparg);')
    w('        int pushed = numPushed(op, oparg);')
    w('        if (popped < 0 || pushed < 0) {')
    w('            return INVALID_STACK_EFFECT;')
    w('        }')
    w('        return pushed - popped;')
    w('    }')
    w('')
    w('    /** The cache layout of an instruction, as opcode._cache_format: pairs of (name, size in code units). */')
    w('    public static String[] cacheFormatNames(int op) {')
    w('        return switch (op) {')
    for n, fmt in cache_format.items():
        w('            case %s -> new String[] {%s};' % (n, ', '.join('"%s"' % k for k in fmt)))
    w('            default -> new String[0];')
    w('        };')
    w('    }')
    w('')
    w('    /** Sizes matching {@link #cacheFormatNames}. */')
    w('    public static int[] cacheFormatSizes(int op) {')
    w('        return switch (op) {')
    for n, fmt in cache_format.items():
        w('            case %s -> new int[] {%s};' % (n, ', '.join(str(v) for v in fmt.values())))
    w('            default -> new int[0];')
    w('        };')
    w('    }')
    w('')
    nb = _opcode.get_nb_ops()
    w('    /** The BINARY_OP opargs (NB_* of _opcode.get_nb_ops()). */')
    for i, (n, sym) in enumerate(nb):
        w('    public static final int %s = %d;' % (n, i))
    w('')
    w('    /** The operator symbol BINARY_OP\'s oparg stands for, as dis shows it ("+", "+=", ...). */')
    w('    public static String nbOpSymbol(int oparg) {')
    w('        return switch (oparg) {')
    for i, (n, sym) in enumerate(nb):
        w('            case %d -> "%s";' % (i, sym))
    w('            default -> "";')
    w('        };')
    w('    }')
    w('')
    for k, descs in (('1', _opcode.get_intrinsic1_descs()), ('2', _opcode.get_intrinsic2_descs())):
        w('    /** CALL_INTRINSIC_%s opargs (_opcode.get_intrinsic%s_descs()). */' % (k, k))
        for i, n in enumerate(descs):
            w('    public static final int %s = %d;' % (n, i))
        w('')
        w('    /** The name dis shows for a CALL_INTRINSIC_%s oparg. */' % k)
        w('    public static String intrinsic%sName(int oparg) {' % k)
        w('        return switch (oparg) {')
        for i, n in enumerate(descs):
            w('            case %d -> "%s";' % (i, n))
        w('            default -> "";')
        w('        };')
        w('    }')
        w('')
    w('    /** opcode.cmp_op: COMPARE_OP\'s oparg &gt;&gt; 5 indexes it. */')
    w('    public static String cmpOp(int index) {')
    w('        return switch (index) {')
    for i, s in enumerate(opcode.cmp_op):
        w('            case %d -> "%s";' % (i, s))
    w('            default -> "?";')
    w('        };')
    w('    }')
    w('}')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        f.write('\n'.join(L) + '\n')
    print('wrote', os.path.normpath(OUT), len(L), 'lines')


if __name__ == '__main__':
    main()
