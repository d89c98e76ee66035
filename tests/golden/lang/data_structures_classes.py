# program: linked list, binary search tree and a hand-written hash map with dunder methods
class LinkedList:
    class _Node:
        __slots__ = ('value', 'next')
        def __init__(self, value, next=None):
            self.value, self.next = value, next
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self): return self.size
    def __repr__(self): return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
ll.reverse()
print(ll, len(ll), 2 in ll, list(ll)[::-1])
class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(node):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1])
            elif k > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node[1])
                yield node[0]
                yield from walk(node[2])
        return walk(self.root)
    def height(self, node=...):
        node = self.root if node is ... else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t), t.height())
class HashMap:
    def __init__(self, n=8):
        self.buckets = [[] for _ in range(n)]
    def __setitem__(self, k, v):
        b = self.buckets[hash(k) % len(self.buckets)]
        for pair in b:
            if pair[0] == k:
                pair[1] = v
                return
        b.append([k, v])
    def __getitem__(self, k):
        for key, v in self.buckets[hash(k) % len(self.buckets)]:
            if key == k:
                return v
        raise KeyError(k)
    def __len__(self): return sum(map(len, self.buckets))
h = HashMap()
for i in range(20):
    h[i] = i * i
h[(1, 2)] = 'tuple'
h[3] = 'overwritten'
print(len(h), h[3], h[19], h[(1, 2)])
try:
    h['missing']
except KeyError as e:
    print('KeyError', e)
