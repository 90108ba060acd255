<#-- Calico's own components: Felix on every node talks to Typha (which may run on any node), and
     Prometheus scrapes Felix, Typha and kube-controllers from the monitoring networks, selected
     through the monitoring-networks set. -->
<#import "/lib/catalog.ftl" as lib>
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: calico-components
spec:
  order: 400
  selector: ${hostSelector}
<#-- Without Typha there is nothing to allow outbound: the policy then applies to ingress only. -->
  types: [Ingress<#if typha>, Egress</#if>]
  ingress:
<#if typha>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: typha-from-nodes}}
      protocol: TCP
      source: {selector: ${hostSelector}}
      destination: {ports: [${typhaPort}]}
</#if>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: felix-metrics-from-monitoring}}
      protocol: TCP
      source: {selector: ${lib.monitoringNetworks}}
      destination: {ports: [${felixMetricsPort}]}
<#if typha>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: typha-metrics-from-monitoring}}
      protocol: TCP
      source: {selector: ${lib.monitoringNetworks}}
      destination: {ports: [${typhaMetricsPort}]}
</#if>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: kube-controllers-metrics-from-monitoring}}
      protocol: TCP
      source: {selector: ${lib.monitoringNetworks}}
      destination: {ports: [${kubeControllersMetricsPort}]}
<#if typha>
  egress:
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: typha-out}}
      protocol: TCP
      destination: {selector: ${hostSelector}, ports: [${typhaPort}]}
</#if>
