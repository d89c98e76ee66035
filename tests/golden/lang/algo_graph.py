# program: graph search — BFS shortest paths, DFS order, topological sort, connected components, Dijkstra with a list heap
graph = {
    'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': [], 'x': ['y'], 'y': [],
}
def bfs(start):
    dist = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist
print(bfs('a'))
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(dfs('a'))
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(topo())
weighted = {'s': {'a': 7, 'b': 2}, 'a': {'t': 1}, 'b': {'a': 3, 't': 8}, 't': {}}
def dijkstra(src):
    dist = {src: 0}
    frontier = [(0, src)]
    while frontier:
        frontier.sort()
        d, u = frontier.pop(0)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in weighted[u].items():
            if d + w < dist.get(v, float('inf')):
                dist[v] = d + w
                frontier.append((d + w, v))
    return dist
print(dijkstra('s'))
