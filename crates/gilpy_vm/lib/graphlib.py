"""graphlib, written for gilpy: TopologicalSorter, which orders the nodes of a graph so that
every node comes after its predecessors, all at once (static_order) or in batches of nodes
that are ready together (prepare, get_ready, done), and CycleError when there is no order."""

__all__ = ["TopologicalSorter", "CycleError"]

# a node's state: how many of its predecessors are not done (0 or more), or one of these
_GIVEN_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists it, its first node repeated at the end."""


class TopologicalSorter:
    """Orders the nodes of a graph given as {node: predecessors}."""

    def __init__(self, graph=None):
        self._waiting = {}      # node -> state (see above)
        self._after = {}        # node -> the nodes that list it as a predecessor
        self._ready = None      # None until prepare(); then the nodes to give out next
        self._out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _node(self, node):
        if node not in self._waiting:
            self._waiting[node] = 0
            self._after[node] = []

    def add(self, node, *predecessors):
        """Add `node` and edges to it from each of `predecessors`."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._node(node)
        self._waiting[node] += len(predecessors)
        for p in predecessors:
            self._node(p)
            self._after[p].append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n for n, waiting in self._waiting.items() if waiting == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes whose predecessors are all done and that were not given out yet."""
        self._check_prepared()
        batch = tuple(self._ready)
        for n in batch:
            self._waiting[n] = _GIVEN_OUT
        self._ready = []
        self._out += len(batch)
        return batch

    def is_active(self):
        """Whether more nodes can be given out (some are ready or will be after done())."""
        self._check_prepared()
        return self._finished < self._out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes that get_ready gave out as processed, which may make others ready."""
        self._check_prepared()
        for n in nodes:
            if n not in self._waiting:
                raise ValueError(f"node {n!r} was not added using add()")
            state = self._waiting[n]
            if state == _FINISHED:
                raise ValueError(f"node {n!r} was already marked done")
            if state != _GIVEN_OUT:
                raise ValueError(f"node {n!r} was not passed out (still not ready)")
            self._waiting[n] = _FINISHED
            for succ in self._after[n]:
                self._waiting[succ] -= 1
                if self._waiting[succ] == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _cycle(self):
        """A cycle as a list of nodes (its start repeated at the end), or None: a depth-first
        walk along successor edges that keeps the path it is on."""
        state = {}              # node -> 1 while on the path, 2 when finished
        for root in self._waiting:
            if root in state:
                continue
            path = [root]
            pending = [iter(self._after[root])]
            state[root] = 1
            while pending:
                for nxt in pending[-1]:
                    mark = state.get(nxt)
                    if mark == 1:
                        return path[path.index(nxt):] + [nxt]
                    if mark is None:
                        state[nxt] = 1
                        path.append(nxt)
                        pending.append(iter(self._after[nxt]))
                        break
                else:
                    state[path.pop()] = 2
                    pending.pop()
        return None

    def static_order(self):
        """All the nodes in an order that respects every edge."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
