<#-- The tunnels pod traffic takes between nodes, for the data plane(s) the profile selects. The
     peers are the catalog's host endpoints (the other nodes). IP-in-IP exists for IPv4 only;
     WireGuard listens on one port per family, so its rules carry ipVersion. -->
<#assign ipv4 = pc.v4(nodeCidrs)?has_content>
<#assign ipv6 = pc.v6(nodeCidrs)?has_content>
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: encapsulation
spec:
  order: 250
  selector: ${hostSelector}
  types: [Ingress, Egress]
  ingress:
<#if encapsulation?seq_contains("vxlan")>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: vxlan-in}}
      protocol: UDP
      source: {selector: ${hostSelector}}
      destination: {ports: [${vxlanPort}]}
</#if>
<#if encapsulation?seq_contains("ipip") && ipv4>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ipip-in}}
      protocol: 4
      ipVersion: 4
      source: {selector: ${hostSelector}}
</#if>
<#if encapsulation?seq_contains("wireguard")>
<#if ipv4>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: wireguard-in-v4}}
      protocol: UDP
      ipVersion: 4
      source: {selector: ${hostSelector}}
      destination: {ports: [${wireguardPort}]}
</#if>
<#if ipv6>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: wireguard-in-v6}}
      protocol: UDP
      ipVersion: 6
      source: {selector: ${hostSelector}}
      destination: {ports: [${wireguardPortV6}]}
</#if>
</#if>
  egress:
<#if encapsulation?seq_contains("vxlan")>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: vxlan-out}}
      protocol: UDP
      destination: {selector: ${hostSelector}, ports: [${vxlanPort}]}
</#if>
<#if encapsulation?seq_contains("ipip") && ipv4>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: ipip-out}}
      protocol: 4
      ipVersion: 4
      destination: {selector: ${hostSelector}}
</#if>
<#if encapsulation?seq_contains("wireguard")>
<#if ipv4>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: wireguard-out-v4}}
      protocol: UDP
      ipVersion: 4
      destination: {selector: ${hostSelector}, ports: [${wireguardPort}]}
</#if>
<#if ipv6>
    - action: Allow
      metadata: {annotations: {polcat.dev/rule: wireguard-out-v6}}
      protocol: UDP
      ipVersion: 6
      destination: {selector: ${hostSelector}, ports: [${wireguardPortV6}]}
</#if>
</#if>
