# program: Conway's game of life on a small torus — sets of tuples, neighbour counting, rendering
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
W = H = 8
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def render(cells):
    return '\n'.join(''.join('#' if (x, y) in cells else '.' for x in range(W)) for y in range(H))
cells = glider
for gen in range(4):
    cells = step(cells)
print(render(cells))
print(sorted(cells))
for gen in range(28):
    cells = step(cells)
print(sorted(cells) == sorted(glider), len(cells))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
