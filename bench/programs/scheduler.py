"""A cooperative task scheduler in the style of an operating-system kernel simulation: tasks with
priorities and states, message packets passed between mailboxes, a work producer, two device drivers
and two handlers that process packets, all dispatched by one loop.

Stresses method calls on several classes (polymorphic call sites), attribute loads and stores,
linked lists built from objects, None checks and small-int arithmetic.
Usage: scheduler.py [--steady N]
"""
import sys
import time

ROUNDS = 40
PACKET_LIMIT = 1200


class Packet:
    __slots__ = ("link", "sender", "kind", "value", "data")

    def __init__(self, link, sender, kind):
        self.link = link
        self.sender = sender
        self.kind = kind
        self.value = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        # Appends self to the linked list queue (None or a Packet) and returns the new head.
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    RUNNING = 0
    WAITING = 1
    HELD = 2

    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = Task.WAITING if queue is not None else Task.RUNNING
        self.next_task = None

    def runnable(self):
        return self.state == Task.RUNNING or (self.state == Task.WAITING and self.queue is not None)

    def take(self):
        p = self.queue
        self.queue = p.link
        if self.queue is None:
            self.state = Task.RUNNING
        return p

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        if self.state != Task.HELD:
            self.state = Task.WAITING

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority, None)
        self.seed = 1
        self.remaining = 0

    def run(self, packet):
        self.remaining -= 1
        if self.remaining <= 0:
            return self.kernel.hold_self(self)
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.kernel.release(5)
        self.seed >>= 1
        return self.kernel.release(6)


class WorkTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue)
        self.target = 3
        self.counter = 0

    def run(self, packet):
        if packet is None:
            return self.kernel.wait(self)
        self.target = 4 if self.target == 3 else 3
        packet.sender = self.target
        packet.value = 0
        for i in range(4):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.data[i] = self.counter
        return self.kernel.send(packet, self.target)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == 1:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.value
            if count < 4:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.value = work.data[count]
                    work.value = count + 1
                    return self.kernel.send(dev, dev.sender)
            else:
                self.work = work.link
                return self.kernel.send(work, work.sender)
        return self.kernel.wait(self)


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.kernel.wait(self)
            p = self.pending
            self.pending = None
            return self.kernel.send(p, p.sender)
        self.pending = packet
        self.kernel.device_ops += 1
        return self.kernel.hold_self(self)


class Kernel:
    def __init__(self):
        self.tasks = [None] * 7
        self.head = None
        self.current = None
        self.sent = 0
        self.device_ops = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # Keep the run list sorted by descending priority.
        if self.head is None or task.priority > self.head.priority:
            task.next_task = self.head
            self.head = task
            return
        t = self.head
        while t.next_task is not None and t.next_task.priority >= task.priority:
            t = t.next_task
        task.next_task = t.next_task
        t.next_task = task

    def hold_self(self, task):
        task.state = Task.HELD
        return task.next_task

    def release(self, ident):
        task = self.tasks[ident]
        if task.state == Task.HELD:
            task.state = Task.WAITING if task.queue is not None else Task.RUNNING
        if task.priority > self.current.priority:
            return task
        return self.current

    def wait(self, task):
        task.state = Task.WAITING
        return task

    def send(self, packet, ident):
        self.sent += 1
        target = self.tasks[ident]
        packet.sender, old = self.current.ident, packet.sender
        if old == ident:
            packet.sender = self.current.ident
        was_idle = target.queue is None and target.state != Task.HELD
        target.receive(packet)
        if was_idle and target.priority > self.current.priority:
            return target
        return self.current

    def schedule(self, budget):
        t = self.head
        steps = 0
        while t is not None and steps < budget:
            steps += 1
            if t.state == Task.WAITING and t.queue is not None:
                self.current = t
                t = t.run(t.take())
            elif t.state == Task.RUNNING:
                self.current = t
                t = t.run(None)
            else:
                t = t.next_task
        return steps


def one_round(seed):
    k = Kernel()
    idle = IdleTask(k, 1, 0)
    idle.remaining = PACKET_LIMIT
    idle.seed = seed
    k.add(idle)
    work_queue = None
    for _ in range(2):
        work_queue = Packet(None, 0, 1).append_to(work_queue)
    k.add(WorkTask(k, 2, 1000, work_queue))
    for ident, prio in ((3, 2000), (4, 3000)):
        q = None
        for _ in range(3):
            q = Packet(None, ident + 2, 2).append_to(q)
        k.add(HandlerTask(k, ident, prio, q))
    k.add(DeviceTask(k, 5, 4000))
    k.add(DeviceTask(k, 6, 5000))
    steps = k.schedule(200_000)
    return steps, k.sent, k.device_ops


def workload():
    steps = sent = ops = 0
    for r in range(ROUNDS):
        s, n, d = one_round(r + 1)
        steps += s
        sent += n
        ops += d
    return f"steps={steps} sent={sent} device_ops={ops}"


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
