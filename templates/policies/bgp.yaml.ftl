<#-- BGP (TCP 179) between the nodes (the full mesh) and with the peers outside the cluster: route
     reflectors and top-of-rack switches, one rule per peer and direction. Both sides may open the
     session, so every peer gets an inbound and an outbound rule. -->
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: bgp
spec:
  order: 200
  selector: ${hostSelector}
  types: [Ingress, Egress]
  ingress:
<#if bgpNodeMesh>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: bgp-mesh-in}}
      protocol: TCP
      source: {selector: ${hostSelector}}
      destination: {ports: [179]}
</#if>
<#list bgpPeers as peer>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"bgp-peer-in-" + peer.name}}}
      protocol: TCP
      ipVersion: ${pc.ipVersion(peer.ip)}
      source: {nets: [${pc.hostCidr(peer.ip)}]}
      destination: {ports: [179]}
</#list>
  egress:
<#if bgpNodeMesh>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: bgp-mesh-out}}
      protocol: TCP
      destination: {selector: ${hostSelector}, ports: [179]}
</#if>
<#list bgpPeers as peer>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ${"bgp-peer-out-" + peer.name}}}
      protocol: TCP
      ipVersion: ${pc.ipVersion(peer.ip)}
      destination: {nets: [${pc.hostCidr(peer.ip)}], ports: [179]}
</#list>
