package org.tandem.mentoring.domain.matching;

import java.util.Arrays;

/**
 * Exact min-cost b-matching by successive shortest augmenting paths, one mentee at a time, with Dijkstra over
 * reduced costs (node potentials) on a binary heap.
 *
 * <p>The flow model: every mentee sends one unit, either along an edge to a mentor (cost {@code cost[e] >= 0}) and
 * on through one of the mentor's {@code capacity} places to the sink (cost 0), or straight to the sink as
 * "unmatched" (cost {@code unmatchedCost}). After mentees {@code 0..k-1} are placed the flow is a min-cost flow for
 * them; the shortest path from mentee {@code k} to the sink in the residual network keeps it so. Potentials keep
 * every residual arc's reduced cost non-negative, so Dijkstra applies, and the search stops as soon as the sink is
 * settled (only settled nodes change potential). The sink's potential stays 0; mentor potentials never rise, so the
 * new mentee's own arcs are non-negative with potential 0.
 *
 * <p>Every tie is broken by node number, so the same arrays always give the same result.
 */
final class ShortestAugmentingPaths {

    static final int UNMATCHED = -1;
    private static final long INFINITY = Long.MAX_VALUE;

    private final int n;
    private final int m;
    private final int[] rowStart;
    private final int[] col;
    private final int[] cost;
    private final int[] capacity;
    private final long unmatchedCost;

    /** Edge taken by each mentee, or {@link #UNMATCHED}. */
    final int[] assigned;
    /** Node potentials: mentees 0..n-1, mentors n..n+m-1; the sink's is 0. */
    final long[] potential;

    private final int[] slotStart;
    private final int[] slotMentee;
    private final int[] load;
    private final int[] slotPosition;

    private final long[] dist;
    private final int[] reached;
    private final int[] settled;
    private final int[] parent;
    private final int[] settledNodes;
    private int settledCount;
    private int round;

    private final int[] heap;
    private final int[] heapPosition;
    private int heapSize;

    ShortestAugmentingPaths(int n, int[] capacity, int[] rowStart, int[] col, int[] cost, long unmatchedCost) {
        this.n = n;
        this.m = capacity.length;
        this.rowStart = rowStart;
        this.col = col;
        this.cost = cost;
        this.capacity = capacity;
        this.unmatchedCost = unmatchedCost;
        this.assigned = new int[n];
        Arrays.fill(assigned, UNMATCHED);
        this.potential = new long[n + m];
        this.slotStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            slotStart[j + 1] = slotStart[j] + Math.min(capacity[j], n);
        }
        this.slotMentee = new int[slotStart[m]];
        this.load = new int[m];
        this.slotPosition = new int[n];
        int nodes = n + m;
        this.dist = new long[nodes];
        this.reached = new int[nodes];
        this.settled = new int[nodes];
        this.parent = new int[nodes];
        this.settledNodes = new int[nodes];
        this.heap = new int[nodes];
        this.heapPosition = new int[nodes];
    }

    /**
     * Places every mentee, in the given order (any order gives an optimum; placing strong candidates first keeps the
     * later searches short, because a weak candidate's search ends once paths cost more than leaving it unmatched).
     */
    void run(int[] order) {
        for (int s : order) {
            place(s);
        }
    }

    private void place(int source) {
        round++;
        settledCount = 0;
        heapSize = 0;
        dist[source] = 0;
        reached[source] = round;
        push(source);
        long sinkDist = INFINITY;
        int sinkVia = -1;
        while (heapSize > 0) {
            int u = heap[0];
            long du = dist[u];
            if (du >= sinkDist) {
                break;
            }
            pop();
            settled[u] = round;
            settledNodes[settledCount++] = u;
            long pu = potential[u];
            if (u < n) {
                long viaSink = du + unmatchedCost + pu;
                if (viaSink < sinkDist) {
                    sinkDist = viaSink;
                    sinkVia = u;
                }
                int own = assigned[u];
                for (int e = rowStart[u], end = rowStart[u + 1]; e < end; e++) {
                    if (e == own) {
                        continue;
                    }
                    int v = n + col[e];
                    if (settled[v] != round) {
                        relax(v, du + cost[e] + pu - potential[v], e);
                    }
                }
            } else {
                int j = u - n;
                if (load[j] < capacity[j]) {
                    long viaSink = du + pu;
                    if (viaSink < sinkDist) {
                        sinkDist = viaSink;
                        sinkVia = u;
                    }
                }
                for (int p = slotStart[j], end = slotStart[j] + load[j]; p < end; p++) {
                    int k = slotMentee[p];
                    if (settled[k] != round) {
                        relax(k, du - cost[assigned[k]] + pu - potential[k], j);
                    }
                }
            }
        }
        for (int q = 0; q < settledCount; q++) {
            int u = settledNodes[q];
            potential[u] -= sinkDist - dist[u];
        }
        augment(source, sinkVia);
    }

    private void relax(int v, long candidate, int from) {
        if (reached[v] != round) {
            reached[v] = round;
            dist[v] = candidate;
            parent[v] = from;
            push(v);
        } else if (candidate < dist[v]) {
            dist[v] = candidate;
            parent[v] = from;
            siftUp(heapPosition[v]);
        }
    }

    private void augment(int source, int sinkVia) {
        int j;
        if (sinkVia < n) {
            int k = sinkVia;
            int previous = assigned[k];
            assigned[k] = UNMATCHED;
            if (k == source) {
                return;
            }
            j = col[previous];
            removeFromMentor(j, k);
        } else {
            j = sinkVia - n;
        }
        while (true) {
            int e = parent[n + j];
            int k = menteeOf(e);
            int previous = assigned[k];
            if (k != source) {
                removeFromMentor(col[previous], k);
            }
            assigned[k] = e;
            addToMentor(j, k);
            if (k == source) {
                return;
            }
            j = col[previous];
        }
    }

    /** The mentee that owns edge e: the row whose range holds e. */
    private int menteeOf(int e) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (rowStart[mid] <= e) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (rowStart[lo + 1] <= e) {
            lo++;
        }
        return lo;
    }

    private void addToMentor(int j, int k) {
        int p = slotStart[j] + load[j]++;
        slotMentee[p] = k;
        slotPosition[k] = p;
    }

    private void removeFromMentor(int j, int k) {
        int last = slotStart[j] + --load[j];
        int p = slotPosition[k];
        int moved = slotMentee[last];
        slotMentee[p] = moved;
        slotPosition[moved] = p;
    }

    private boolean less(int a, int b) {
        long da = dist[a];
        long db = dist[b];
        return da < db || (da == db && a < b);
    }

    private void push(int v) {
        heap[heapSize] = v;
        heapPosition[v] = heapSize;
        siftUp(heapSize++);
    }

    private void pop() {
        int last = heap[--heapSize];
        if (heapSize > 0) {
            heap[0] = last;
            heapPosition[last] = 0;
            siftDown(0);
        }
    }

    private void siftUp(int p) {
        int v = heap[p];
        while (p > 0) {
            int up = (p - 1) >>> 1;
            int w = heap[up];
            if (!less(v, w)) {
                break;
            }
            heap[p] = w;
            heapPosition[w] = p;
            p = up;
        }
        heap[p] = v;
        heapPosition[v] = p;
    }

    private void siftDown(int p) {
        int v = heap[p];
        while (true) {
            int child = 2 * p + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && less(heap[child + 1], heap[child])) {
                child++;
            }
            int w = heap[child];
            if (!less(w, v)) {
                break;
            }
            heap[p] = w;
            heapPosition[w] = p;
            p = child;
        }
        heap[p] = v;
        heapPosition[v] = p;
    }
}
