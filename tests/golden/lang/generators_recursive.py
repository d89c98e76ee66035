# recursive generators: tree traversal, permutations, combinations, powerset via yield from
class Node:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()
    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value
    def depth_first_paths(self, path=()):
        path = path + (self.value,)
        if not self.children:
            yield path
        for c in self.children:
            yield from c.depth_first_paths(path)
tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(tree.preorder()), list(tree.postorder()), list(tree.depth_first_paths()))
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(permutations('abc')), sum(1 for _ in permutations(list(range(6)))))
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combinations('abcd', 2)), len(list(combinations(range(10), 4))))
def powerset(items):
    if not items:
        yield []
        return
    for rest in powerset(items[1:]):
        yield rest
        yield [items[0]] + rest
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
