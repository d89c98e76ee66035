# chains of attribute access, calls and subscripts: builder pattern returning self, method calls on literals and results
class Query:
    def __init__(self, table):
        self.table, self.filters, self.order, self.limit_n = table, [], None, None
    def where(self, cond):
        self.filters.append(cond)
        return self
    def order_by(self, key):
        self.order = key
        return self
    def limit(self, n):
        self.limit_n = n
        return self
    def __str__(self):
        sql = f'SELECT * FROM {self.table}'
        if self.filters:
            sql += ' WHERE ' + ' AND '.join(self.filters)
        if self.order:
            sql += f' ORDER BY {self.order}'
        if self.limit_n is not None:
            sql += f' LIMIT {self.limit_n}'
        return sql
print(Query('users').where('age > 18').where("name LIKE 'a%'").order_by('name').limit(10))
print(str(Query('t')))
print('  Hello, World  '.strip().lower().replace('world', 'kaa').title().center(20, '~'))
print([3, 1, 2].copy().__len__(), {'a': [1, 2, 3]}['a'][1:][::-1][0], (1, 2, 3)[::-1].index(1))
print(' '.join(sorted('banana')).upper().split()[:3], 'x'.join('abc').encode().hex()[:6])
data = {'users': [{'name': 'ann', 'roles': ['admin', 'dev']}, {'name': 'bob', 'roles': []}]}
print(data['users'][0]['roles'][-1].upper(), len(data['users'][1]['roles']), data.get('missing', {}).get('x', 'default'))
class Chain:
    def __init__(self, v=0): self.v = v
    def __getattr__(self, name): return Chain(self.v + len(name))
    def __call__(self, *a): return Chain(self.v * 10 + len(a))
    def __getitem__(self, k): return Chain(self.v - k)
print(Chain().abc.de(1, 2)[5].xyz().v)
