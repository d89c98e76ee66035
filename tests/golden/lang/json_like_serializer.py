# program: a recursive JSON-like serializer and parser using match, isinstance dispatch and string escapes
def dumps(obj, indent=0):
    pad = '  ' * indent
    match obj:
        case None:
            return 'null'
        case bool():
            return 'true' if obj else 'false'
        case int() | float():
            return repr(obj)
        case str():
            out = '"'
            for ch in obj:
                out += {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t'}.get(ch, ch)
            return out + '"'
        case list() | tuple():
            if not obj:
                return '[]'
            inner = [f'{pad}  {dumps(v, indent + 1)}' for v in obj]
            return '[\n' + ',\n'.join(inner) + f'\n{pad}]'
        case dict():
            if not obj:
                return '{}'
            inner = [f'{pad}  {dumps(str(k))}: {dumps(v, indent + 1)}' for k, v in obj.items()]
            return '{\n' + ',\n'.join(inner) + f'\n{pad}}}'
        case _:
            raise TypeError(f'Object of type {type(obj).__name__} is not serializable')
doc = {'name': 'Kaa "the snake"', 'tags': ['python', 'java'], 'version': 1.5, 'ok': True,
       'nested': {'empty_list': [], 'empty_dict': {}, 'none': None, 'tuple': (1, 2)}, 'text': 'a\nb\tc\\'}
print(dumps(doc))
try:
    dumps({'bad': {1, 2}})
except TypeError as e:
    print(e)
def parse(s, i=0):
    def skip(i):
        while i < len(s) and s[i] in ' \n\t':
            i += 1
        return i
    i = skip(i)
    c = s[i]
    if c == '{':
        result, i = {}, skip(i + 1)
        while s[i] != '}':
            key, i = parse(s, i)
            i = skip(i) + 1
            result[key], i = parse(s, i)
            i = skip(i)
            if s[i] == ',':
                i = skip(i + 1)
        return result, i + 1
    if c == '[':
        result, i = [], skip(i + 1)
        while s[i] != ']':
            v, i = parse(s, i)
            result.append(v)
            i = skip(i)
            if s[i] == ',':
                i = skip(i + 1)
        return result, i + 1
    if c == '"':
        out, i = '', i + 1
        while s[i] != '"':
            if s[i] == '\\':
                out += {'n': '\n', 't': '\t'}.get(s[i + 1], s[i + 1])
                i += 2
            else:
                out += s[i]
                i += 1
        return out, i + 1
    for word, value in (('null', None), ('true', True), ('false', False)):
        if s.startswith(word, i):
            return value, i + len(word)
    j = i
    while j < len(s) and s[j] in '-+.0123456789eE':
        j += 1
    text = s[i:j]
    return (float(text) if any(ch in text for ch in '.eE') else int(text)), j
back, _ = parse(dumps(doc))
print(back == {**doc, 'nested': {**doc['nested'], 'tuple': [1, 2]}}, back['text'], back['nested'])
