#!/usr/bin/env python3
"""Writes N Goldmane flow records (FlowResult JSON lines, lowerCamel as grpcurl prints them) for the
example catalog's prod environment: its pods, hosts, pub/pvt and stand-in deployments the profile does
not list, over a few thousand distinct flows. Seeded, so the file is the same on every run.

    bench/flows-gen.py 1000000 /tmp/flows-1m.jsonl [--keys 3000] [--seed 1]
"""
import argparse
import json
import random

p = argparse.ArgumentParser()
p.add_argument("records", type=int)
p.add_argument("out")
p.add_argument("--keys", type=int, default=3000)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
rng = random.Random(a.seed)

pods = [("shop", "web-*", ["app=web", "app.kubernetes.io/component=frontend"]),
        ("shop", "api-*", ["app=api", "app.kubernetes.io/component=backend"]),
        ("shop", "db-*", ["app=db"]),
        ("payments", "gateway-*", ["app=gateway", "app.kubernetes.io/component=frontend"]),
        ("payments", "ledger-*", ["app=ledger", "app.kubernetes.io/component=backend"]),
        ("payments", "db-*", ["app=db"]),
        ("monitoring", "prometheus-*", ["app.kubernetes.io/name=prometheus"]),
        ("ingress-nginx", "ingress-nginx-*", ["app.kubernetes.io/name=ingress-nginx"]),
        ("kube-system", "coredns-*", ["k8s-app=kube-dns"])]
# Deployments prod's profile does not list: replayed as stand-ins with their recorded labels.
for ns in ("shop", "payments"):
    for i in range(40):
        pods.append((ns, "svc%d-7d9f8c6b5-*" % i, ["app=svc%d" % i, "pod-template-hash=7d9f8c6b5"]))
hosts = ["prod-cp-1", "prod-cp-2", "prod-cp-3", "prod-worker-1", "prod-worker-2", "prod-etcd-1"]
ports = [("tcp", 8080), ("tcp", 5432), ("tcp", 9102), ("udp", 53), ("tcp", 443), ("tcp", 6443), ("tcp", 9187)]


def end(kind):
    if kind == "pod":
        ns, name, labels = rng.choice(pods)
        return ("WorkloadEndpoint", name, ns, labels)
    if kind == "host":
        return ("HostEndpoint", rng.choice(hosts), "", ["role=worker"])
    return ("Network", rng.choice(["pub", "pvt"]), "", [])


keys = set()
while len(keys) < a.keys:
    src = end(rng.choices(["pod", "host", "net"], [85, 5, 10])[0])
    dst = end(rng.choices(["pod", "host"], [90, 10])[0])
    proto, port = rng.choice(ports)
    keys.add((src[:3] + (tuple(src[3]),), dst[:3] + (tuple(dst[3]),), proto, port, rng.choice(["Allow"] * 9 + ["Deny"])))
keys = sorted(keys)
weights = [1.0 / (i + 1) for i in range(len(keys))]  # a few flows carry most of the traffic, as in clusters
rng.shuffle(weights)

with open(a.out, "w") as f:
    t = 1764900000
    for n, k in enumerate(rng.choices(keys, weights, k=a.records)):
        (st, sn, sns, sl), (dt, dn, dns, dl), proto, port, action = k
        c = rng.randint(1, 40)
        f.write(json.dumps({"id": str(n), "flow": {"Key": {
            "sourceName": sn, "sourceNamespace": sns, "sourceType": st, "destName": dn, "destNamespace": dns,
            "destType": dt, "destPort": str(port), "proto": proto, "action": action,
            "reporter": "Dst" if n % 2 else "Src"},
            "startTime": str(t + n // 1000 * 15), "endTime": str(t + n // 1000 * 15 + 15),
            "sourceLabels": list(sl), "destLabels": list(dl), "packetsIn": str(c * 10), "packetsOut": str(c * 12),
            "bytesIn": str(c * 900), "bytesOut": str(c * 4000), "numConnectionsStarted": str(c),
            "numConnectionsCompleted": str(c), "numConnectionsLive": "0"}}, separators=(",", ":")))
        f.write("\n")
