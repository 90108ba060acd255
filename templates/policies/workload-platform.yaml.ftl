<#-- The platform tier: what every pod needs whatever its namespace (DNS) and what the platform team runs
     for every namespace (Prometheus scraping), decided before the application teams' policies. The tier
     ends with Pass, so anything these policies do not allow goes on to the default tier, where each
     namespace's own policies decide. namespaceSelector: all() keeps every policy here off host endpoints. -->
apiVersion: projectcalico.org/v3
kind: Tier
metadata:
  name: platform
spec:
  order: 100
  defaultAction: Pass
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: platform.dns
spec:
  tier: platform
  order: 100
  namespaceSelector: all()
  types: [Egress]
  egress:
<#list ["UDP", "TCP"] as proto>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"dns-to-kube-dns-" + proto?lower_case}}}
      protocol: ${proto}
      destination:
        namespaceSelector: projectcalico.org/name == "${dnsNamespace}"
        selector: ${dnsSelector}
        ports: [53]
</#list>
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: platform.kube-dns
spec:
  tier: platform
  order: 110
  namespaceSelector: projectcalico.org/name == "${dnsNamespace}"
  selector: ${dnsSelector}
  types: [Ingress]
  ingress:
<#list ["UDP", "TCP"] as proto>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"kube-dns-from-pods-" + proto?lower_case}}}
      protocol: ${proto}
      source: {namespaceSelector: all()}
      destination: {ports: [53]}
</#list>
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: platform.prometheus-scrape
spec:
  tier: platform
  order: 200
  namespaceSelector: all()
  types: [Ingress]
  ingress:
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: scrape-metrics-port}}
      protocol: TCP
      source:
        namespaceSelector: projectcalico.org/name == "${monitoringNamespace}"
        selector: ${prometheusSelector}
      destination: {ports: [${metricsPortName}]}
