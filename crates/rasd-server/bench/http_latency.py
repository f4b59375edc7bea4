"""Latency of a running `rasd serve`: search, documents, stats and analyze.

Usage (from the repository root, with a server on a store of many documents):
    python3 crates/rasd-server/bench/http_latency.py 127.0.0.1:8080 \
        testdata/queries.txt ../shared/data/seed/elaph-2021-07-27-iraq-us-dialogue.txt
Standard library only; one keep-alive connection per client.
"""
import http.client, json, sys, time, urllib.parse, random, threading, statistics
host, port = sys.argv[1].split(":")
queries_file, article_file = sys.argv[2], sys.argv[3]
def conn(): return http.client.HTTPConnection(host, int(port), timeout=60)
def pct(xs, p): xs = sorted(xs); return xs[min(len(xs)-1, round((len(xs)-1)*p))]
def get(c, path):
    t = time.perf_counter(); c.request("GET", path); r = c.getresponse(); body = r.read()
    return time.perf_counter() - t, r.status, body
queries = [l.strip() for l in open(queries_file, encoding="utf-8") if l.strip() and not l.startswith("#")]
c = conn()
stats = json.loads(get(c, "/api/stats")[2])
times = []; totals = 0; bad = 0
for rnd in range(3):
    for q in queries:
        dt, st, body = get(c, "/api/search?" + urllib.parse.urlencode({"q": q}))
        times.append(dt)
        if st != 200: bad += 1
        elif rnd == 0: totals += json.loads(body)["total"]
ms = lambda s: f"{s*1000:.1f}"
print(f"search: {len(queries)} queries x 3 rounds, facets+snippets, limit 10: p50 {ms(pct(times,.5))} ms p90 {ms(pct(times,.9))} ms p99 {ms(pct(times,.99))} ms; non-200: {bad}; mean total {totals/len(queries):.0f}")
times = []
random.seed(1)
for i in range(300):
    dt, st, body = get(c, f"/api/documents/{random.randint(1, stats['documents'])}")
    times.append(dt); assert st == 200, st
print(f"documents: 300 random ids: p50 {ms(pct(times,.5))} ms p99 {ms(pct(times,.99))} ms")
times = []
for i in range(20):
    dt, st, _ = get(c, "/api/stats"); times.append(dt)
print(f"stats: p50 {ms(pct(times,.5))} ms")
seed = open(article_file, encoding="utf-8").read()
body = json.dumps({"text": seed}).encode()
def analyze(c):
    t = time.perf_counter(); c.request("POST", "/api/analyze", body, {"content-type": "application/json"}); r = c.getresponse(); out = r.read()
    assert r.status == 200, out[:200]
    return time.perf_counter() - t
analyze(c)
times = [analyze(c) for _ in range(30)]
print(f"analyze: the article ({len(seed.encode())} bytes, {len(seed.split())} words) x30 sequential: p50 {ms(pct(times,.5))} ms p99 {ms(pct(times,.99))} ms")
for clients in (2, 4):
    n = 20; done = []
    def worker():
        cc = conn()
        for _ in range(n): done.append(analyze(cc))
    t = time.perf_counter(); ths = [threading.Thread(target=worker) for _ in range(clients)]
    [x.start() for x in ths]; [x.join() for x in ths]; el = time.perf_counter() - t
    print(f"analyze: {clients} concurrent clients x {n}: {clients*n/el:.1f} articles/s, {clients*n*len(seed.encode())/el/1e6:.2f} MB/s, p50 {ms(pct(done,.5))} ms")
