"""An object-oriented simulation: a small ecosystem of animals on a grid with inheritance, super(),
properties, class attributes, __slots__, special methods and polymorphic method calls.

Stresses attribute loads and stores on instances, method calls, object creation and isinstance.
Usage: oop.py [--steady N]
"""
import sys
import time

SIZE = 40
TICKS = 120


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec((self.x + other.x) % SIZE, (self.y + other.y) % SIZE)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 1000 + self.y


class Random:
    """A linear congruential generator, so every run sees the same numbers."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Animal:
    kind = "animal"
    moves = (Vec(0, 1), Vec(1, 0), Vec(0, SIZE - 1), Vec(SIZE - 1, 0))
    count = 0

    def __init__(self, pos, energy):
        self.pos = pos
        self._energy = energy
        self.age = 0
        Animal.count += 1

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, value):
        self._energy = value if value > 0 else 0

    @property
    def alive(self):
        return self._energy > 0

    def step(self, world, rng):
        self.age += 1
        self.pos = self.pos + self.moves[rng.next(4)]
        self.energy -= self.cost()

    def cost(self):
        return 1

    def offspring(self, pos):
        raise NotImplementedError


class Rabbit(Animal):
    kind = "rabbit"

    def step(self, world, rng):
        super().step(world, rng)
        if world.grass_at(self.pos):
            world.eat_grass(self.pos)
            self.energy += 4

    def offspring(self, pos):
        return Rabbit(pos, 6)

    def ready(self):
        return self.energy > 12


class Fox(Animal):
    kind = "fox"

    def cost(self):
        return 2 if self.age > 30 else 1

    def step(self, world, rng):
        super().step(world, rng)
        prey = world.rabbit_at(self.pos)
        if prey is not None:
            prey.energy = 0
            self.energy += 10

    def offspring(self, pos):
        return Fox(pos, 15)

    def ready(self):
        return self.energy > 40


class World:
    def __init__(self, seed):
        self.rng = Random(seed)
        self.grass = set()
        self.animals = []
        for _ in range(300):
            self.animals.append(Rabbit(self.random_pos(), 10))
        for _ in range(40):
            self.animals.append(Fox(self.random_pos(), 30))
        self.by_pos = {}

    def random_pos(self):
        return Vec(self.rng.next(SIZE), self.rng.next(SIZE))

    def grass_at(self, pos):
        return pos in self.grass

    def eat_grass(self, pos):
        self.grass.discard(pos)

    def rabbit_at(self, pos):
        for a in self.by_pos.get(pos, ()):
            if isinstance(a, Rabbit) and a.alive:
                return a
        return None

    def tick(self):
        for _ in range(200):
            self.grass.add(self.random_pos())
        self.by_pos = {}
        for a in self.animals:
            self.by_pos.setdefault(a.pos, []).append(a)
        born = []
        for a in self.animals:
            if a.alive:
                a.step(self, self.rng)
                if a.alive and a.ready():
                    a.energy //= 2
                    born.append(a.offspring(a.pos))
        self.animals = [a for a in self.animals if a.alive] + born
        if len(self.animals) > 3000:
            self.animals = self.animals[-3000:]

    def census(self):
        rabbits = foxes = 0
        for a in self.animals:
            if a.kind == "rabbit":
                rabbits += 1
            else:
                foxes += 1
        return rabbits, foxes


def workload():
    Animal.count = 0
    world = World(2024)
    history = []
    for t in range(TICKS):
        world.tick()
        if t % 30 == 0:
            history.append(world.census())
    rabbits, foxes = world.census()
    return f"rabbits={rabbits} foxes={foxes} grass={len(world.grass)} created={Animal.count} history={history}"


def main(argv):
    if len(argv) > 2 and argv[1] == "--steady":
        result = None
        for i in range(int(argv[2])):
            t0 = time.perf_counter()
            result = workload()
            print("iter", i, time.perf_counter() - t0)
        print(result)
    else:
        print(workload())


main(sys.argv)
