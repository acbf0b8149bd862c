#!/usr/bin/env python3
# CPU seconds per process kind (chromium, java, postgres, ...) of one process tree, e.g. a Maven run:
#   ( ./mvnw verify ... & echo $! > /tmp/run.pid; wait ) & sleep 1; docs/tools/process-cpu.py /tmp/run.cpu $(cat /tmp/run.pid)
# (a daemonised process such as the embedded PostgreSQL leaves the tree and is not counted). docs/performance.md, eighth session.
import os, sys, time, collections
# per-process CPU of one process tree (root pid argv[2]); samples every 1 s; stops when the root exits
hz=os.sysconf('SC_CLK_TCK'); seen={}
out=sys.argv[1]; root=sys.argv[2]
def stat(p):
    s=open(f'/proc/{p}/stat').read()
    comm=s[s.index('(')+1:s.rindex(')')]; f=s[s.rindex(')')+2:].split()
    return comm,f
while os.path.exists(f'/proc/{root}'):
    info={}
    for p in os.listdir('/proc'):
        if not p.isdigit(): continue
        try: info[p]=stat(p)
        except Exception: pass
    for p,(comm,f) in info.items():
        q=p; ok=False
        for _ in range(30):
            if q==root: ok=True; break
            if q not in info: break
            q=info[q][1][1]
        if ok: seen[(p,f[19])]=(comm,int(f[11])+int(f[12]))
    time.sleep(1)
agg=collections.Counter()
for (p,st),(c,t) in seen.items():
    k='chromium' if 'chrom' in c.lower() else ('postgres' if 'postgres' in c else ('java' if 'java' in c else c))
    agg[k]+=t/hz
with open(out,'w') as fh:
    for k,v in agg.most_common(12): fh.write(f'{v:8.1f} s  {k}\n')
