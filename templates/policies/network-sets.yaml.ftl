<#-- The networks that policies refer to by label. Each CIDR is written here once; policies select the
     set with polcat.dev/network == "..." (see /lib/catalog.ftl), so changing a network never touches a
     policy. GlobalNetworkSets have no order: they are applied before the policies that use them. -->
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata:
  name: management-networks
  labels: {polcat.dev/network: management}
spec:
  nets: ${pc.flow(managementCidrs)}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata:
  name: monitoring-networks
  labels: {polcat.dev/network: monitoring}
spec:
  nets: ${pc.flow(monitoringCidrs)}
