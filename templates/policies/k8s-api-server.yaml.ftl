<#-- The Kubernetes API server on the control-plane nodes: who may call it, and whom it calls.
     Peers are named by selector: Calico resolves it to the addresses (expectedIPs) of the matching
     host endpoints, so the rules follow hosts as they come and go. -->
<#import "/lib/catalog.ftl" as lib>
<#assign controlPlane = lib.both(hostSelector, controlPlaneSelector)>
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: k8s-api-server
spec:
  order: 300
  selector: ${controlPlane}
  types: [Ingress, Egress]
  ingress:
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: api-server-from-nodes}}
      protocol: TCP
      source: {selector: ${hostSelector}}
      destination: {ports: [${apiServerPort}]}
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: api-server-from-management}}
      protocol: TCP
      source: {selector: ${lib.managementNetworks}}
      destination: {ports: [${apiServerPort}]}
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: api-server-from-pods}}
      protocol: TCP
      source: {namespaceSelector: 'all()'}
      destination: {ports: [${apiServerPort}]}
  egress:
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: kubelet-out}}
      protocol: TCP
      destination: {selector: ${hostSelector}, ports: [${kubeletPort}]}
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: webhooks-to-pods}}
      protocol: TCP
      destination: {namespaceSelector: 'all()'}
